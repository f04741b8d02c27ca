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
            PinCheck check = staffService.checkPin(s.id(), "0000");
            assertThat(check.outcome()).isEqualTo(PinCheck.Outcome.WRONG);
            assertThat(check.attemptsLeft()).isEqualTo(5 - i);
        }
        PinCheck fifth = staffService.checkPin(s.id(), "0000");
        assertThat(fifth.outcome()).isEqualTo(PinCheck.Outcome.LOCKED);
        assertThat(fifth.lockedUntil()).isAfter(Instant.now(clock).plus(StaffService.PIN_LOCK).minusSeconds(60));
        assertThat(staffService.checkPin(s.id(), "4321").outcome()).isEqualTo(PinCheck.Outcome.LOCKED);
        assertThat(staffService.find(s.id()).orElseThrow().pinLockedUntil()).isNotNull();
    }

    @Test
    @WithUserDetails("owner@example.com")
    void theRightPinSwitchesAndResetsTheCount() {
        Staff s = newStaffWithPin("123456");
        staffService.checkPin(s.id(), "111111");
        PinCheck ok = staffService.checkPin(s.id(), "123456");
        assertThat(ok.outcome()).isEqualTo(PinCheck.Outcome.OK);
        assertThat(ok.staff().failedPinAttempts()).isZero();
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
