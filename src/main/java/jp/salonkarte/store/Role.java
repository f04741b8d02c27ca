package jp.salonkarte.store;

/** What a staff member may do: OWNER and MANAGER keep the master data, STAFF works the floor. */
public enum Role {
    OWNER, MANAGER, STAFF;

    public static final String OWNER_NAME = "OWNER";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String STAFF_NAME = "STAFF";
}
