package org.cxloop.journey.map;

import java.util.List;

/**
 * What a map version keeps off its active map: archived stages (with every card they hold) and, per active stage,
 * the cards archived on their own. Readable and restorable for as long as the version lives.
 */
public record ArchivedCards(List<StageCard> stages, List<StageCard> cardsOnActiveStages) {

    static ArchivedCards of(List<StageCard> all) {
        var stages = all.stream().filter(StageCard::archived).toList();
        var cards = all.stream().filter(stage -> !stage.archived())
                .map(stage -> new StageCard(stage.id(), stage.code(), stage.name(), stage.position(),
                        stage.touchpoints().stream().filter(TouchpointCard::archived).toList(), false))
                .filter(stage -> !stage.touchpoints().isEmpty())
                .toList();
        return new ArchivedCards(stages, cards);
    }

    public boolean isEmpty() {
        return stages.isEmpty() && cardsOnActiveStages.isEmpty();
    }
}
