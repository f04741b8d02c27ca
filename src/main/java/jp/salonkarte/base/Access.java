package jp.salonkarte.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who may call a service method (DD038): every public method of a {@code @Service} carries one of
 * these, on the method or on its class; the method's own wins. They are Spring Security
 * {@code @PreAuthorize} meta-annotations, checked on every call through the bean, whatever screen or
 * job made it. A browser session in customer mode (the kiosk, DD024) is refused everything except
 * {@link Kiosk}; system jobs ({@link SystemActor}) are trusted code and pass every rule.
 */
public final class Access {

    private Access() {
    }

    /** Any staff member at work (STAFF, MANAGER, OWNER), or a system job; not the kiosk. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('SYSTEM') or (hasAnyRole('STAFF', 'MANAGER', 'OWNER') and !@kioskMode.active())")
    public @interface Staff {
    }

    /** Managers and owners: master data, prices, printers, the daily close, voids and refunds. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('SYSTEM') or (hasAnyRole('MANAGER', 'OWNER') and !@kioskMode.active())")
    public @interface Manager {
    }

    /** The owner alone: merging customers, CSV import and export of every customer, the audit log. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasRole('SYSTEM') or (hasRole('OWNER') and !@kioskMode.active())")
    public @interface Owner {
    }

    /**
     * What the customer holding the iPad in customer mode may do (read and sign the form handed over,
     * and the staff PIN that ends customer mode), and staff too.
     */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("hasAnyRole('STAFF', 'MANAGER', 'OWNER', 'SYSTEM')")
    public @interface Kiosk {
    }

    /**
     * Open to anyone, logged in or not: the public booking page, login and first-run setup, the print
     * bridge (which proves itself with its own token). Written out so the choice is visible.
     */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @PreAuthorize("permitAll()")
    public @interface Public {
    }
}
