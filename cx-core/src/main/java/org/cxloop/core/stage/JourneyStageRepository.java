package org.cxloop.core.stage;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JourneyStageRepository extends JpaRepository<JourneyStage, Long> {

    Optional<JourneyStage> findByCode(String code);

    List<JourneyStage> findAllByOrderByPositionAscCodeAsc();
}
