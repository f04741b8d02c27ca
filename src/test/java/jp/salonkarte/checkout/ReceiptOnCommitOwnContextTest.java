package jp.salonkarte.checkout;

import java.util.List;
import java.util.UUID;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.printing.Receipt;
import jp.salonkarte.printing.ReceiptPrinting;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The commit hands printing a qualified-invoice receipt and opens the drawer only for cash. Own
 * context (and JVM): it replaces the printing bean.
 */
@IntegrationTest
@WithUserDetails("staff@example.com")
class ReceiptOnCommitOwnContextTest {

    @MockitoBean ReceiptPrinting printing;
    @Autowired CheckoutService checkout;
    @Autowired StoreService stores;

    private TicketDraft draft(long storeId) {
        return new TicketDraft(storeId, null, null, List.of(
                new TicketLine(LineKind.SERVICE, null, "カット", 5500, 1, 10, null, Discount.NONE),
                new TicketLine(LineKind.PRODUCT, null, "ハーブティー", 1080, 2, 8, null, Discount.yen(80))),
                Discount.yen(500));
    }

    @Test
    void aCashCommitQueuesTheReceiptAndOpensTheDrawer() {
        Store store = stores.currentStore().orElseThrow();
        when(printing.enqueue(anyLong(), org.mockito.ArgumentMatchers.any(), anyBoolean())).thenReturn(1L);
        PaidTicket t = checkout.commit(draft(store.id()), UUID.randomUUID(), List.of(Payment.cash(7080, 10000)));

        ArgumentCaptor<Receipt> receipt = ArgumentCaptor.forClass(Receipt.class);
        verify(printing, org.mockito.Mockito.atLeastOnce()).enqueue(eq(store.id()), receipt.capture(), eq(true));
        Receipt r = receipt.getAllValues().stream().filter(x -> x.receiptNo().equals(t.receiptNo()))
                .findFirst().orElseThrow();
        assertThat(r.storeName()).isEqualTo(store.name());
        assertThat(r.registrationNumber()).isEqualTo(store.invoiceRegistrationNumber());
        assertThat(r.receiptNo()).isEqualTo(t.receiptNo());
        assertThat(r.staffName()).isNotBlank();
        assertThat(r.lines()).extracting(Receipt.Line::name, Receipt.Line::amount, Receipt.Line::reducedRate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("カット", 5500L, false),
                        org.assertj.core.groups.Tuple.tuple("ハーブティー", 2080L, true),
                        org.assertj.core.groups.Tuple.tuple("お会計値引", -500L, false));
        // ¥7,580 before the ticket discount: 10 % share floor(500×5500/7580)=362, 8 % floor(500×2080/7580)=137, +1 → 363
        assertThat(r.rateTotals()).containsExactly(new Receipt.RateTotal(10, 5137, 467),
                new Receipt.RateTotal(8, 1943, 143));
        assertThat(r.total()).isEqualTo(7080);
        assertThat(r.payments()).containsExactly(new Receipt.Payment("現金", 7080, 10_000L));
        assertThat(r.change()).isEqualTo(2920);
        assertThat(r.reprint()).isFalse();
        assertThat(r.qrUrl()).as("QR code for booking the next visit").endsWith("/book");
    }

    @Test
    void aCardCommitKeepsTheDrawerShut() {
        Store store = stores.currentStore().orElseThrow();
        PaidTicket t = checkout.commit(draft(store.id()), UUID.randomUUID(),
                List.of(Payment.of(PaymentMethod.CARD, 7080)));
        // The demo salon's register also printed today's tickets in this context: only ours counts.
        verify(printing).enqueue(eq(store.id()),
                org.mockito.ArgumentMatchers.argThat(r -> r.receiptNo().equals(t.receiptNo())), eq(false));
    }
}
