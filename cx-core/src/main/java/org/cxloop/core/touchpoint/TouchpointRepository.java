package org.cxloop.core.touchpoint;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TouchpointRepository extends JpaRepository<Touchpoint, Long> {

    Optional<Touchpoint> findByCode(String code);
}
