package jp.salonkarte.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A pretend ESC/POS network printer for tests: a TCP server on a loopback port that keeps what
 * it receives. Each connection's bytes (without the DLE EOT status questions) are one received
 * job; a job counts as received when the sender asks for status after it or closes the
 * connection, so a connection cut by {@link #stop()} leaves no half job behind (the paper is
 * "off"). Answers DLE EOT with "paper present" or, after {@link #paperOut(boolean)}, "paper end".
 * {@link #stop()} and {@link #start()} keep the same port, like a printer switched off and on.
 * Public for the end-to-end tests, which point the running app's receipt printer at it.
 */
public final class PrinterSimulator implements AutoCloseable {

    private static final int STATUS_OK = 0x12;
    private static final int STATUS_PAPER_END = 0x12 | 0x60;

    private final List<byte[]> received = new CopyOnWriteArrayList<>();
    /** {@link System#nanoTime()} when each received job was complete (its last byte was in), same order. */
    private final List<Long> receivedAt = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private volatile boolean paperOut;
    private volatile long ackDelayMillis;
    private volatile java.util.function.IntConsumer onReceived = n -> { };
    private volatile ServerSocket server;
    private int port;

    public PrinterSimulator() throws IOException {
        start();
    }

    public int port() {
        return port;
    }

    public void paperOut(boolean out) {
        paperOut = out;
    }

    /** A printer that takes its time to confirm each job, so a test can switch it off mid-queue. */
    public void ackDelay(long millis) {
        ackDelayMillis = millis;
    }

    /**
     * Called with the number of jobs received so far each time one is complete, before the
     * printer confirms it to the sender: a test can cut "the network" at exactly that moment.
     */
    public void onReceived(java.util.function.IntConsumer hook) {
        onReceived = hook == null ? n -> { } : hook;
    }

    public List<byte[]> received() {
        return List.copyOf(received);
    }

    /** When each job of {@link #received()} was complete, as {@link System#nanoTime()}. */
    public List<Long> receivedAtNanos() {
        return List.copyOf(receivedAt);
    }

    /** Waits until at least {@code count} jobs have arrived; returns them all, or fails after the timeout. */
    public List<byte[]> awaitJobs(int count, java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The printer simulator on port " + port + " received " + received.size()
                        + " job(s) within " + timeout + ", expected " + count);
            }
            Thread.sleep(5);
        }
        return received();
    }

    public void start() throws IOException {
        synchronized (lock) {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = s.getLocalPort();
            server = s;
            Thread.ofVirtual().name("printer-simulator-" + port).start(() -> accept(s));
        }
    }

    /** Switches the printer off: the port refuses connections, open ones are cut, half jobs are lost. */
    public void stop() throws IOException {
        synchronized (lock) {
            server.close();
            for (Socket s : open) {
                s.close();
            }
            open.clear();
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket socket = s.accept();
                open.add(socket);
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException e) {
                return; // closed by stop()
            }
        }
    }

    private void serve(Socket socket) {
        ByteArrayOutputStream job = new ByteArrayOutputStream();
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            List<Integer> pending = new ArrayList<>(); // a DLE or DLE EOT seen, waiting for the rest
            int b;
            while ((b = in.read()) >= 0) {
                pending.add(b);
                if (pending.size() == 1 && b != 0x10 || pending.size() == 2 && b != 0x04) {
                    pending.forEach(job::write);
                    pending.clear();
                } else if (pending.size() == 3) { // DLE EOT n: received so far is a job; answer status
                    if (job.size() > 0 && ackDelayMillis > 0) {
                        try {
                            Thread.sleep(ackDelayMillis);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    synchronized (lock) {
                        if (socket.isClosed()) {
                            return;
                        }
                        if (job.size() > 0) {
                            receivedAt.add(System.nanoTime());
                            received.add(job.toByteArray());
                            job.reset();
                            onReceived.accept(received.size());
                        }
                        out.write(paperOut ? STATUS_PAPER_END : STATUS_OK);
                        out.flush();
                    }
                    pending.clear();
                }
            }
            synchronized (lock) {
                pending.forEach(job::write);
                if (job.size() > 0 && !socket.isClosed()) {
                    receivedAt.add(System.nanoTime());
                    received.add(job.toByteArray());
                }
            }
        } catch (SocketException e) {
            // cut by stop(): whatever this connection sent is lost, like on a printer switched off
        } catch (IOException e) {
            // same
        } finally {
            open.remove(socket);
        }
    }
}
