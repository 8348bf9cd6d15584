package org.cxloop.core.apikey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublishableKeyRepository extends JpaRepository<PublishableKey, Long> {

    Optional<PublishableKey> findByKeyValue(String keyValue);

    List<PublishableKey> findAllByOrderByCreatedAtDesc();
}
