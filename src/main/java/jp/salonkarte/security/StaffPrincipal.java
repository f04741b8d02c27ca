package jp.salonkarte.security;

import java.util.Collection;
import java.util.List;

import jp.salonkarte.base.Actor;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.Staff;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in staff member as Spring Security sees them. */
public record StaffPrincipal(long staffId, long storeId, String displayName, String username, String passwordHash,
        Role role, boolean enabled) implements UserDetails, Actor {

    static StaffPrincipal of(Staff staff) {
        return new StaffPrincipal(staff.id(), staff.storeId(), staff.displayName(),
                staff.email() == null ? "staff-" + staff.id() : staff.email(),
                staff.passwordHash() == null ? "" : staff.passwordHash(), staff.role(), staff.active());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled && !passwordHash.isEmpty();
    }
}
