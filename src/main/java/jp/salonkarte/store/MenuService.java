package jp.salonkarte.store;

import java.util.List;

import jp.salonkarte.base.Access;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The store's service menus and retail products. */
@Service
public class MenuService {

    private final MenuItemRepository items;

    MenuService(MenuItemRepository items) {
        this.items = items;
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public List<MenuItem> list(long storeId) {
        return items.findByStoreIdOrderByCategoryAscNameAsc(storeId);
    }

    @Access.Manager
    @Transactional
    public MenuItem save(MenuItem item) {
        return items.save(item);
    }
}
