package jp.salonkarte.store;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The store's service menus and retail products. */
@Service
public class MenuService {

    private final MenuItemRepository items;

    MenuService(MenuItemRepository items) {
        this.items = items;
    }

    @Transactional(readOnly = true)
    public List<MenuItem> list(long storeId) {
        return items.findByStoreIdOrderByCategoryAscNameAsc(storeId);
    }

    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER')")
    @Transactional
    public MenuItem save(MenuItem item) {
        return items.save(item);
    }
}
