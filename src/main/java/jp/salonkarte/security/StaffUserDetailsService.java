package jp.salonkarte.security;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.SystemActor;
import jp.salonkarte.store.StaffService;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Staff log in with their e-mail address (case-insensitive) and password. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffService staff;

    StaffUserDetailsService(StaffService staff) {
        this.staff = staff;
    }

    @Access.Public
    @Override
    public UserDetails loadUserByUsername(String email) {
        // Login happens before anyone is logged in: the staff record is read as the login system actor.
        return SystemActor.call("login", () -> staff.findByEmail(email)).map(StaffPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no staff with that e-mail"));
    }
}
