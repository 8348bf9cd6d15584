package org.cxloop.core.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row of installation-wide sign-in choices an admin makes. */
@Entity
@Table(name = "sign_in_setting")
class SignInSetting {

    static final int ONLY_ROW = 1;

    @Id
    private Integer id;

    @Column(name = "form_sign_in_enabled")
    private boolean formSignInEnabled;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected SignInSetting() {
    }

    boolean formSignInEnabled() {
        return formSignInEnabled;
    }

    void formSignIn(boolean enabled, String by, Instant at) {
        this.formSignInEnabled = enabled;
        this.changedBy = by;
        this.changedAt = at;
    }
}
