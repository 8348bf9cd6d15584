package org.cxloop.core.user;

import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The people who may sign in: created by an admin or by the first-run setup, never with a default password. */
@Service
@Validated
@Transactional(readOnly = true)
public class Users {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Users(UserAccountRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public boolean none() {
        return repository.count() == 0;
    }

    @Transactional
    public UserView create(@Valid NewUser user) {
        var email = normalise(user.email());
        PasswordPolicy.check(user.password(), email);
        if (repository.findByEmail(email).isPresent()) {
            throw new InvalidInputException("email", "user.email.taken", "A user with this email exists already.");
        }
        var account = new UserAccount(email, user.displayName().strip(), passwordEncoder.encode(user.password()),
                user.role(), clock.instant());
        return repository.saveAndFlush(account).view();
    }

    public Optional<SignInAccount> findForSignIn(String email) {
        return repository.findByEmail(normalise(email)).map(UserAccount::signInAccount);
    }

    @Transactional
    public void recordSignIn(String email) {
        repository.findByEmail(normalise(email)).ifPresent(account -> account.signedIn(clock.instant()));
    }

    /**
     * Signs in a person an identity provider vouched for: their account is found by email (and created when
     * {@code createIfUnknown}), its role follows the provider's groups on every sign-in, and a disabled account is
     * refused. The last enabled admin keeps ADMIN even if the provider's groups say otherwise, as on the users screen.
     */
    @Transactional
    public SignInAccount signInExternally(ExternalIdentity identity, boolean createIfUnknown) {
        var email = normalise(identity.email());
        if (email.isEmpty() || email.length() > 320 || !email.contains("@")) {
            throw new ExternalSignInRefused(ExternalSignInRefused.Reason.NO_EMAIL,
                    "The identity provider sent no usable email address for this person.");
        }
        var account = repository.findByEmail(email).orElseGet(() -> {
            if (!createIfUnknown) {
                throw new ExternalSignInRefused(ExternalSignInRefused.Reason.UNKNOWN,
                        "No CX Loop account has the email " + email + ", and single sign-on may not create one.");
            }
            return repository.save(new UserAccount(email, displayNameOf(identity, email), unusablePasswordHash(),
                    identity.role(), clock.instant()));
        });
        if (!account.enabled()) {
            throw new ExternalSignInRefused(ExternalSignInRefused.Reason.DISABLED, "The account " + email + " is disabled.");
        }
        var lastAdminStays = account.role() == Role.ADMIN && identity.role() != Role.ADMIN
                && repository.countByRoleAndEnabledTrue(Role.ADMIN) <= 1;
        if (!lastAdminStays) {
            account.changeRole(identity.role());
        }
        account.signedIn(clock.instant());
        return account.signInAccount();
    }

    public List<UserView> list() {
        return repository.findAllByOrderByEmailAsc().stream().map(UserAccount::view).toList();
    }

    public UserView get(long id) {
        return account(id).view();
    }

    @Transactional
    public void changeRole(long id, Role role) {
        var account = account(id);
        if (account.role() == Role.ADMIN && role != Role.ADMIN) {
            keepAnAdmin(account);
        }
        account.changeRole(role);
    }

    @Transactional
    public void enable(long id, boolean enabled) {
        var account = account(id);
        if (!enabled && account.role() == Role.ADMIN) {
            keepAnAdmin(account);
        }
        account.enable(enabled);
    }

    @Transactional
    public void changePassword(long id, String password) {
        var account = account(id);
        PasswordPolicy.check(password, account.view().email());
        account.changePasswordHash(passwordEncoder.encode(password));
    }

    private void keepAnAdmin(UserAccount account) {
        if (account.enabled() && repository.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new InvalidInputException("role", "user.lastAdmin", "CX Loop needs at least one enabled admin; this is the last one.");
        }
    }

    private UserAccount account(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("No user has the id " + id + "."));
    }

    /** A hash of 256 random bits nobody knows: an account made by single sign-on has no password until an admin sets one. */
    private String unusablePasswordHash() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return passwordEncoder.encode(HexFormat.of().formatHex(bytes));
    }

    private static String displayNameOf(ExternalIdentity identity, String email) {
        var name = identity.displayName() == null || identity.displayName().isBlank() ? email : identity.displayName().strip();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
