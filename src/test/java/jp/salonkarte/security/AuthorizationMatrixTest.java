package jp.salonkarte.security;

import static java.util.Map.entry;
import static jp.salonkarte.security.AuthorizationMatrixTest.Level.BRIDGE;
import static jp.salonkarte.security.AuthorizationMatrixTest.Level.CUSTOMER_MODE;
import static jp.salonkarte.security.AuthorizationMatrixTest.Level.KIOSK;
import static jp.salonkarte.security.AuthorizationMatrixTest.Level.MANAGER;
import static jp.salonkarte.security.AuthorizationMatrixTest.Level.OWNER;
import static jp.salonkarte.security.AuthorizationMatrixTest.Level.PUBLIC;
import static jp.salonkarte.security.AuthorizationMatrixTest.Level.PUBLIC_PAGE;
import static jp.salonkarte.security.AuthorizationMatrixTest.Level.SETUP_ONLY;
import static jp.salonkarte.security.AuthorizationMatrixTest.Level.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Service;

/**
 * Who may do what (DD038), as two tables: every route, and every public method of every service, with
 * the least role that may use it. Each is checked against anonymous visitors, STAFF, MANAGER, OWNER
 * and a customer holding the iPad in customer mode (kiosk). A route or service method missing from a
 * table fails the test, so a new one gets a decision.
 */
@IntegrationTest
class AuthorizationMatrixTest extends SpringBrowserlessTest {

    enum Who { ANONYMOUS, STAFF, MANAGER, OWNER, KIOSK }

    /** The least role a route or a service method needs, and so who passes. */
    enum Level {
        /** Service methods anyone may call, customer mode included (permitAll). */
        PUBLIC(Who.ANONYMOUS, Who.STAFF, Who.MANAGER, Who.OWNER, Who.KIOSK),
        /** Public pages: anyone, except that customer mode forwards every page to its form. */
        PUBLIC_PAGE(Who.ANONYMOUS, Who.STAFF, Who.MANAGER, Who.OWNER),
        /** The customer-mode form: shown only while the iPad is in customer mode. */
        CUSTOMER_MODE(Who.KIOSK),
        STAFF(Who.STAFF, Who.MANAGER, Who.OWNER),
        MANAGER(Who.MANAGER, Who.OWNER),
        OWNER(Who.OWNER),
        /** Service methods the customer in customer mode uses (signing, the staff PIN that ends it); staff too. */
        KIOSK(Who.STAFF, Who.MANAGER, Who.OWNER, Who.KIOSK),
        /** The print bridge's own token, no staff session. */
        BRIDGE(),
        /** First-run setup: shown to nobody once the salon is set up. */
        SETUP_ONLY();

        final Set<Who> allowed;

        Level(Who... allowed) {
            this.allowed = allowed.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.of(allowed[0], allowed);
        }
    }

    /** Route template → (address opened, least role). The kiosk route shows only in customer mode. */
    static final Map<String, Object[]> ROUTES = Map.ofEntries(
            entry("", new Object[] {"", STAFF}),
            entry("customers", new Object[] {"customers", STAFF}),
            entry("customers/edit/:id?", new Object[] {"customers/edit", STAFF}),
            entry("customers/karte/:customerId", new Object[] {"customers/karte/1", STAFF}),
            entry("customers/consent/:customerId", new Object[] {"customers/consent/1", STAFF}),
            entry("customers/duplicates", new Object[] {"customers/duplicates", MANAGER}),
            entry("customers/merge/:a/:b", new Object[] {"customers/merge/1/2", MANAGER}),
            entry("customers/import", new Object[] {"customers/import", OWNER}),
            entry("checkout", new Object[] {"checkout", STAFF}),
            entry("checkout/tickets", new Object[] {"checkout/tickets", STAFF}),
            entry("checkout/close", new Object[] {"checkout/close", MANAGER}),
            entry("printing/jobs", new Object[] {"printing/jobs", STAFF}),
            entry("reports", new Object[] {"reports", STAFF}), // STAFF: their own figures (ReportScope)
            entry("settings", new Object[] {"settings", MANAGER}),
            entry("settings/staff", new Object[] {"settings/staff", MANAGER}),
            entry("settings/menus", new Object[] {"settings/menus", MANAGER}),
            entry("settings/shifts", new Object[] {"settings/shifts", MANAGER}),
            entry("settings/karte-fields", new Object[] {"settings/karte-fields", MANAGER}),
            entry("settings/web-booking", new Object[] {"settings/web-booking", MANAGER}),
            entry("settings/mail", new Object[] {"settings/mail", MANAGER}),
            entry("settings/printers", new Object[] {"settings/printers", MANAGER}),
            entry("settings/consent", new Object[] {"settings/consent", MANAGER}),
            entry("settings/audit", new Object[] {"settings/audit", OWNER}),
            entry("consent/kiosk/:token", new Object[] {"consent/kiosk/" + KioskMatrix.TOKEN, CUSTOMER_MODE}),
            entry("book", new Object[] {"book", PUBLIC_PAGE}),
            entry("book/manage/:token", new Object[] {"book/manage/unknown-token", PUBLIC_PAGE}),
            entry("login", new Object[] {"login", PUBLIC_PAGE}),
            entry("setup", new Object[] {"setup", SETUP_ONLY}));

    /** Service.method → least role. */
    static final Map<String, Level> SERVICES = Map.ofEntries(
            entry("AuditLog.record", PUBLIC),
            entry("AuditLog.list", OWNER),
            entry("AuditLog.count", OWNER),
            entry("CheckoutService.today", STAFF),
            entry("CheckoutService.openFromBooking", STAFF),
            entry("CheckoutService.commit", STAFF),
            entry("CheckoutService.find", STAFF),
            entry("CheckoutService.findByKey", STAFF),
            entry("CheckoutService.day", STAFF),
            entry("CheckoutService.voidTicket", MANAGER),
            entry("CheckoutService.refund", MANAGER),
            // Reports: every staff member may call them; whose figures they get is ReportScope.check's
            // decision (STAFF their own, SalesReportTest), not the method rule's.
            entry("SalesReport.figures", STAFF),
            entry("SalesReport.breakdown", STAFF),
            entry("SalesReport.tickets", STAFF),
            entry("CustomerFigures.figures", STAFF),
            entry("CustomerFigures.cycleOf", STAFF),
            entry("Cohorts.table", STAFF),
            entry("CustomerList.rows", STAFF),
            entry("RfmRanks.ranks", STAFF),
            entry("RfmRanks.saveRanks", MANAGER),
            entry("RfmRanks.recompute", MANAGER),
            entry("RfmRanks.scoreOf", STAFF),
            entry("RfmRanks.history", STAFF),
            entry("RfmRanks.customersByRank", STAFF),
            entry("RfmRanks.computedOn", STAFF),
            entry("ContactList.today", STAFF),
            entry("ContactList.contacted", STAFF),
            entry("ReportSettings.of", STAFF),
            entry("ReportSettings.save", MANAGER),
            entry("CustomerFigures.behind", STAFF),
            entry("WeeklySummary.enqueue", MANAGER),
            entry("DailyCloseService.isClosed", STAFF),
            entry("DailyCloseService.summary", STAFF),
            entry("DailyCloseService.close", MANAGER),
            entry("DailyCloseService.printReport", MANAGER),
            entry("DailyCloseService.find", STAFF),
            entry("Receipts.of", STAFF),
            entry("Receipts.reprint", STAFF),
            entry("Receipts.mail", STAFF),
            entry("ConsentService.prepare", STAFF),
            entry("ConsentService.sign", KIOSK),
            entry("ConsentService.forCustomer", STAFF),
            entry("ConsentService.forVisit", STAFF),
            entry("ConsentService.find", STAFF),
            entry("ConsentService.pdf", STAFF),
            entry("ConsentService.signatures", STAFF),
            entry("ConsentService.verify", STAFF),
            entry("ConsentService.mail", STAFF),
            entry("ConsentService.print", STAFF),
            entry("ConsentTemplateService.list", STAFF),
            entry("ConsentTemplateService.active", STAFF),
            entry("ConsentTemplateService.find", STAFF),
            entry("ConsentTemplateService.versions", STAFF),
            entry("ConsentTemplateService.version", STAFF),
            entry("ConsentTemplateService.create", MANAGER),
            entry("ConsentTemplateService.save", MANAGER),
            entry("ConsentTemplateService.setActive", MANAGER),
            entry("ConsentSealer.keysDirectory", STAFF),
            entry("ConsentSealer.seal", STAFF),
            entry("ConsentSealer.verify", STAFF),
            entry("CustomerActivities.of", STAFF),
            entry("CustomerCsvExport.fileName", OWNER),
            entry("CustomerCsvExport.write", OWNER),
            entry("CustomerImportService.guessMapping", OWNER),
            entry("CustomerImportService.preview", OWNER),
            entry("CustomerImportService.importNew", OWNER),
            entry("CustomerMergeService.preview", MANAGER),
            entry("CustomerMergeService.merge", MANAGER),
            entry("CustomerMergeService.undoBlocker", STAFF),
            entry("CustomerMergeService.undo", MANAGER),
            entry("CustomerMergeService.history", STAFF),
            entry("CustomerService.list", STAFF),
            entry("CustomerService.count", STAFF),
            entry("CustomerService.find", STAFF),
            entry("CustomerService.save", STAFF),
            entry("CustomerService.createAll", STAFF),
            entry("CustomerService.findActiveByPhoneOrEmail", STAFF),
            entry("CustomerService.allTags", STAFF),
            entry("CustomerService.setActive", STAFF),
            entry("CustomerService.search", STAFF),
            entry("DuplicateFinder.find", MANAGER),
            entry("KarteService.summary", STAFF),
            entry("KarteService.timeline", STAFF),
            entry("KarteService.find", STAFF),
            entry("KarteService.fields", STAFF),
            entry("KarteService.allFields", STAFF),
            entry("KarteService.saveField", MANAGER),
            entry("KarteService.save", STAFF),
            entry("PhotoService.photos", STAFF),
            entry("PhotoService.previousVisitPhotos", STAFF),
            entry("PhotoService.photosOfCustomer", STAFF),
            entry("PhotoService.add", STAFF),
            entry("PhotoService.addSheet", STAFF),
            entry("PhotoService.delete", STAFF),
            entry("PhotoService.move", STAFF),
            entry("PhotoService.keysInUse", STAFF),
            entry("PhotoService.saveDrawing", STAFF),
            entry("PhotoService.file", STAFF),
            entry("MailOutbox.enqueue", STAFF),
            entry("MailOutbox.recent", STAFF),
            entry("MailOutbox.forBooking", STAFF),
            entry("MailOutbox.retry", MANAGER),
            entry("MailOutbox.pending", STAFF),
            entry("MailTemplates.template", STAFF),
            entry("MailTemplates.isCustomised", STAFF),
            entry("MailTemplates.save", MANAGER),
            entry("MailTemplates.reset", MANAGER),
            entry("MailTemplates.staffBookingMails", STAFF),
            entry("MailTemplates.saveStaffBookingMails", MANAGER),
            entry("BridgeTokens.create", MANAGER),
            entry("BridgeTokens.list", MANAGER),
            entry("BridgeTokens.revoke", MANAGER),
            entry("BridgeTokens.authenticate", PUBLIC),
            entry("BridgeTokens.find", MANAGER),
            entry("EscPosReceiptPrinting.enqueue", STAFF),
            entry("EscPosReceiptPrinting.enqueueSlip", STAFF),
            entry("EscPosReceiptPrinting.reprint", STAFF),
            entry("PrintBridgeService.next", BRIDGE),
            entry("PrintBridgeService.result", BRIDGE),
            entry("PrintQueue.enqueue", STAFF),
            entry("PrintQueue.recent", STAFF),
            entry("PrintQueue.find", STAFF),
            entry("PrintQueue.waiting", STAFF),
            entry("PrintQueue.retry", STAFF),
            entry("PrintQueue.cancel", STAFF),
            entry("PrintQueue.deleteFinishedBefore", STAFF),
            entry("PrinterService.list", STAFF),
            entry("PrinterService.find", STAFF),
            entry("PrinterService.receiptPrinter", STAFF),
            entry("PrinterService.documentPrinter", STAFF),
            entry("PrinterService.save", MANAGER),
            entry("PrinterService.testPrint", MANAGER),
            entry("PrinterService.logo", STAFF),
            entry("PrinterService.saveLogo", MANAGER),
            entry("PrinterService.removeLogo", MANAGER),
            entry("Availability.free", STAFF),
            entry("BookingService.find", STAFF),
            entry("BookingService.between", STAFF),
            entry("BookingService.noShows", STAFF),
            entry("BookingService.day", STAFF),
            entry("BookingService.book", STAFF),
            entry("BookingService.update", STAFF),
            entry("BookingService.move", STAFF),
            entry("BookingService.resize", STAFF),
            entry("BookingService.setStatus", STAFF),
            entry("BookingService.startCheckout", STAFF),
            entry("BookingService.withinHours", STAFF),
            entry("Shifts.pattern", STAFF),
            entry("Shifts.savePattern", MANAGER),
            entry("Shifts.exceptions", STAFF),
            entry("Shifts.saveException", MANAGER),
            entry("Shifts.removeException", MANAGER),
            entry("Shifts.workingHours", STAFF),
            entry("WebBookingService.settings", PUBLIC),
            entry("WebBookingService.saveSettings", MANAGER),
            entry("WebBookingService.store", PUBLIC),
            entry("WebBookingService.bookableMenus", PUBLIC),
            entry("WebBookingService.bookableStaff", PUBLIC),
            entry("WebBookingService.durationMinutes", PUBLIC),
            entry("WebBookingService.freeTimes", PUBLIC),
            entry("WebBookingService.book", PUBLIC),
            entry("WebBookingService.manage", PUBLIC),
            entry("WebBookingService.freeTimesFor", PUBLIC),
            entry("WebBookingService.cancel", PUBLIC),
            entry("WebBookingService.reschedule", PUBLIC),
            entry("WebBookingService.contact", STAFF),
            entry("WebBookingService.customerMatch", STAFF),
            entry("MenuService.list", STAFF),
            entry("MenuService.save", MANAGER),
            entry("StaffService.list", KIOSK),
            entry("StaffService.findByEmail", STAFF),
            entry("StaffService.find", KIOSK),
            entry("StaffService.save", MANAGER),
            entry("StaffService.checkPin", KIOSK),
            entry("StoreService.currentStore", STAFF),
            entry("StoreService.publicStore", PUBLIC),
            entry("StoreService.find", STAFF),
            entry("StoreService.isSetUp", PUBLIC),
            entry("StoreService.save", MANAGER),
            entry("StoreService.setUp", PUBLIC));

    @Autowired ApplicationContext context;
    @Autowired StaffService staffService;

    @Test
    void everyRouteAndEveryServiceMethodHasAnEntryInTheTables() {
        Set<String> routes = new TreeSet<>();
        RouteConfiguration.forApplicationScope().getAvailableRoutes().forEach(r -> routes.add(r.getTemplate()));
        assertThat(routes).as("routes without a decision, or decisions for routes that are gone")
                .containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
        assertThat(serviceMethods().keySet()).as("service methods without a decision, or decisions for methods that are gone")
                .containsExactlyInAnyOrderElementsOf(SERVICES.keySet());
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitors() {
        check(Who.ANONYMOUS);
    }

    @Test
    @WithUserDetails("staff@example.com")
    void staff() {
        check(Who.STAFF);
    }

    @Test
    @WithUserDetails("manager@example.com")
    void managers() {
        check(Who.MANAGER);
    }

    @Test
    @WithUserDetails("owner@example.com")
    void owners() {
        check(Who.OWNER);
    }

    @Test
    @WithUserDetails("staff@example.com")
    void aCustomerHoldingTheIPadInCustomerMode() {
        KioskMatrix.lock(staffService.findByEmail("staff@example.com").map(Staff::id).orElseThrow(),
                staffService.findByEmail("staff@example.com").map(Staff::storeId).orElseThrow());
        try {
            check(Who.KIOSK);
        } finally {
            KioskMatrix.unlock();
        }
    }

    private void check(Who who) {
        List<String> wrong = new ArrayList<>();
        Map<String, Class<? extends Component>> targets = new TreeMap<>();
        for (RouteData r : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            targets.put(r.getTemplate(), r.getNavigationTarget());
        }
        ROUTES.forEach((template, row) -> {
            String url = (String) row[0];
            Level level = (Level) row[1];
            try {
                navigate(url, Component.class);
            } catch (Exception | AssertionError refused) {
                // a refused navigation shows another view: checked below
            }
            com.vaadin.flow.component.HasElement view = shownView();
            boolean shown = targets.get(template) != null && targets.get(template).isInstance(view);
            if (shown != level.allowed.contains(who)) {
                wrong.add("route /" + url + ": expected " + (level.allowed.contains(who) ? "allowed" : "refused")
                        + " but showed " + (view == null ? "nothing" : view.getClass().getSimpleName()));
            }
        });
        Authentication auth = who == Who.ANONYMOUS
                ? new AnonymousAuthenticationToken("key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                : org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        rules.setExpressionHandler(expressions);
        rules.setApplicationContext(context);
        serviceMethods().forEach((name, method) -> {
            Level level = SERVICES.get(name);
            Object bean = context.getBean(method.getDeclaringClass());
            Supplier<Authentication> caller = () -> auth;
            AuthorizationResult result = rules.authorize(caller,
                    new SimpleMethodInvocation(bean, method, new Object[method.getParameterCount()]));
            boolean granted = result != null && result.isGranted();
            if (level == null || granted != level.allowed.contains(who)) {
                wrong.add("service " + name + ": expected " + (level != null && level.allowed.contains(who)
                        ? "allowed" : "refused") + " but was " + (granted ? "allowed" : "refused"));
            }
        });
        assertThat(wrong).as("decisions that differ from the tables for " + who).isEmpty();
    }

    /** The view on screen; none when a refused visitor is sent to the login page. */
    private com.vaadin.flow.component.HasElement shownView() {
        try {
            return getCurrentView();
        } catch (RuntimeException none) {
            return null;
        }
    }

    /** Every public method declared by a public @Service class of the app, by "Class.method". */
    private Map<String, Method> serviceMethods() {
        Map<String, Method> methods = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("jp.salonkarte") || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && !m.isBridge()) {
                    methods.putIfAbsent(type.getSimpleName() + "." + m.getName(), m);
                }
            }
        }
        return methods;
    }
}
