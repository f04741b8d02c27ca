package jp.salonkarte.store;

import java.time.Instant;
import java.time.LocalTime;

import jp.salonkarte.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class StaffAndStoreServiceTest {

    @Autowired java.time.Clock clock;
    @Autowired StaffService staffService;
    @Autowired StoreService storeService;
    @Autowired MenuService menuService;
    @Autowired PasswordEncoder encoder;

    private long storeId() {
        return storeService.currentStore().orElseThrow().id();
    }

    private Staff newStaffWithPin(String pin) {
        return staffService.save(new StaffDraft(null, "試験", "太郎", "シケン", "タロウ", null, Role.STAFF, "#1E88E5",
                true), storeId(), null, pin);
    }

    @Test
    @WithUserDetails("owner@example.com")
    void fiveWrongPinsLockThePinAndEvenTheRightOneIsRefusedWhileLocked() {
        Staff s = newStaffWithPin("4321");
        for (int i = 1; i <= 4; i++) {
            PinCheck check = staffService.checkPin(s.id(), "0000", "203.0.113.1");
            assertThat(check.outcome()).isEqualTo(PinCheck.Outcome.WRONG);
            assertThat(check.attemptsLeft()).isEqualTo(5 - i);
        }
        PinCheck fifth = staffService.checkPin(s.id(), "0000", "203.0.113.1");
        assertThat(fifth.outcome()).isEqualTo(PinCheck.Outcome.LOCKED);
        assertThat(fifth.lockedUntil()).isAfter(Instant.now(clock).plus(LoginThrottle.FIRST_LOCK).minusSeconds(60));
        // From another iPad too: the lock is the staff member's, not the address's.
        assertThat(staffService.checkPin(s.id(), "4321", "203.0.113.2").outcome()).isEqualTo(PinCheck.Outcome.LOCKED);
    }

    @Test
    @WithUserDetails("owner@example.com")
    void twentyWrongPinsFromOneAddressLockThatAddressForEveryone() {
        String address = "203.0.113.20";
        java.util.List<Staff> victims = java.util.stream.IntStream.range(0, 5).mapToObj(i -> newStaffWithPin("5555"))
                .toList();
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
            // Four guesses at each of five staff members: none reaches their own limit of five.
            assertThat(staffService.checkPin(victims.get(i % 5).id(), "0000", address).outcome())
                    .isEqualTo(i < LoginThrottle.ADDRESS_FAILURES - 1 ? PinCheck.Outcome.WRONG : PinCheck.Outcome.LOCKED);
        }
        Staff fresh = newStaffWithPin("7777");
        assertThat(staffService.checkPin(fresh.id(), "7777", address).outcome()).isEqualTo(PinCheck.Outcome.LOCKED);
        assertThat(staffService.checkPin(fresh.id(), "7777", "203.0.113.21").outcome())
                .isEqualTo(PinCheck.Outcome.OK);
    }

    @Test
    @WithUserDetails("owner@example.com")
    void theRightPinSwitchesAndResetsTheCount() {
        Staff s = newStaffWithPin("123456");
        staffService.checkPin(s.id(), "111111", "203.0.113.3");
        PinCheck ok = staffService.checkPin(s.id(), "123456", "203.0.113.3");
        assertThat(ok.outcome()).isEqualTo(PinCheck.Outcome.OK);
        assertThat(staffService.checkPin(s.id(), "111111", "203.0.113.3").attemptsLeft())
                .isEqualTo(LoginThrottle.ACCOUNT_FAILURES - 1);
    }

    @Test
    @WithUserDetails("owner@example.com")
    void pinsAndPasswordsAreStoredOnlyAsHashes() {
        Staff s = newStaffWithPin("2468");
        assertThat(s.pinHash()).isNotEqualTo("2468").startsWith("$2");
        assertThat(encoder.matches("2468", s.pinHash())).isTrue();
    }

    @Test
    @WithUserDetails("staff@example.com")
    void staffCannotChangeMasterData() {
        MenuItem item = new MenuItem(null, storeId(), MenuKind.SERVICE, MenuCategory.CUT, "不正", 1000, 10, 30, true, 0);
        assertThatThrownBy(() -> menuService.save(item)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> storeService.save(storeService.currentStore().orElseThrow()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(menuService.list(storeId())).noneMatch(m -> m.name().equals("不正"));
    }

    @Test
    @WithUserDetails("owner@example.com")
    void theLastActiveOwnerCannotBeDemoted() {
        Staff owner = staffService.findByEmail("owner@example.com").orElseThrow();
        StaffDraft demoted = new StaffDraft(owner.id(), owner.familyName(), owner.givenName(), owner.familyNameKana(),
                owner.givenNameKana(), owner.email(), Role.STAFF, owner.color(), true);
        assertThatThrownBy(() -> staffService.save(demoted, storeId(), null, null))
                .isInstanceOf(StaffService.LastOwnerException.class);
        assertThat(staffService.find(owner.id()).orElseThrow().role()).isEqualTo(Role.OWNER);
    }

    @Test
    void setupIsRefusedOnceAStoreExists() {
        Store another = Store.newStore("乗っ取り店", LocalTime.of(9, 0), LocalTime.of(18, 0));
        StaffDraft intruder = new StaffDraft(null, "侵入", "者", "シンニュウ", "シャ", "intruder@example.com", Role.OWNER,
                "#000000", true);
        assertThatThrownBy(() -> storeService.setUp(another, intruder, "password123", null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jp.salonkarte.base.SystemActor.call("test", () -> staffService.findByEmail("intruder@example.com")))
                .isEmpty();
    }
}
