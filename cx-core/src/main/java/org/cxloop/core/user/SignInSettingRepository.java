package org.cxloop.core.user;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignInSettingRepository extends JpaRepository<SignInSetting, Integer> {
}
