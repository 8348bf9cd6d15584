package org.cxloop.core.user;

/** What a signed-in person may do: admins configure everything, managers read dashboards and act on feedback. */
public enum Role {
    ADMIN, MANAGER
}
