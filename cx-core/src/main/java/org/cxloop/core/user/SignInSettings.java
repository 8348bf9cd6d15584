package org.cxloop.core.user;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether people may sign in with email and password. On by default; an admin may turn it off once single sign-on
 * works, and the web layer ignores "off" while no identity provider is configured, so nobody is ever locked out.
 */
@Service
@Transactional(readOnly = true)
public class SignInSettings {

    private final SignInSettingRepository repository;
    private final Clock clock;

    SignInSettings(SignInSettingRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public boolean formSignInEnabled() {
        return repository.findById(SignInSetting.ONLY_ROW).map(SignInSetting::formSignInEnabled).orElse(true);
    }

    @Transactional
    public void formSignIn(boolean enabled, String changedBy) {
        repository.findById(SignInSetting.ONLY_ROW)
                .orElseThrow(() -> new IllegalStateException("The sign_in_setting row is missing; its migration adds it."))
                .formSignIn(enabled, changedBy, clock.instant());
    }
}
