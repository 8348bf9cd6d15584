package org.cxloop.core.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, String passwordHash, Role role, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = now;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void signedIn(Instant at) {
        this.lastSignInAt = at;
    }

    UserView view() {
        return new UserView(id, email, displayName, role, enabled, createdAt, lastSignInAt);
    }

    SignInAccount signInAccount() {
        return new SignInAccount(email, displayName, passwordHash, role, enabled);
    }
}
