package org.cxloop.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A buyer persona of the demo company: how many customers it has, how they behave and how they feel.
 *
 * @param segment the customer segment the persona is stored as
 * @param weight its share of customers, relative to the other personas
 * @param kind whether its customers are people or companies
 * @param monthlyChurn the chance that an average customer of the persona leaves in a given month
 * @param mood how much happier (positive) or unhappier (negative) than average, in standard deviations
 * @param marketingConsent the share of customers who accept marketing
 * @param appUsesPerMonth how often a customer opens the app, on average
 * @param supportContactsPerMonth how often a customer contacts support, on average
 * @param purchasePaths the alternative ways into the company, each a list of touchpoint codes ending in a purchase
 * @param supportMix the support touchpoints the persona uses, repeated by preference
 */
record Persona(String segment, int weight, CustomerKind kind, double monthlyChurn, double mood,
        double marketingConsent, double appUsesPerMonth, double supportContactsPerMonth,
        List<List<String>> purchasePaths, List<String> supportMix) {

    static final List<Persona> ALL = List.of(
            new Persona("Young professionals", 30, CustomerKind.PERSON, 0.014, 0.0, 0.65, 2.0, 0.20,
                    List.of(List.of("ad-social", "checkout-app"), List.of("ad-social", "website-visit", "checkout-web"),
                            List.of("website-visit", "presales-chat", "checkout-web")),
                    List.of("support-chat", "support-chat", "support-chat", "support-social", "support-phone")),
            new Persona("Families", 25, CustomerKind.PERSON, 0.009, 0.15, 0.55, 1.2, 0.25,
                    List.of(List.of("website-visit", "store-visit", "checkout-store"),
                            List.of("ad-social", "store-visit", "checkout-store"), List.of("website-visit", "checkout-web")),
                    List.of("support-phone", "support-phone", "support-store", "support-store", "support-chat")),
            new Persona("Students", 20, CustomerKind.PERSON, 0.028, -0.35, 0.70, 2.5, 0.15,
                    List.of(List.of("ad-social", "checkout-app"), List.of("ad-social", "website-visit", "checkout-app")),
                    List.of("support-chat", "support-chat", "support-social", "support-social", "support-phone")),
            new Persona("Small business", 15, CustomerKind.SMALL_COMPANY, 0.012, 0.0, 0.45, 1.0, 0.35,
                    List.of(List.of("website-visit", "sales-call", "checkout-web"),
                            List.of("website-visit", "presales-chat", "checkout-web")),
                    List.of("support-phone", "support-phone", "support-phone", "support-chat", "support-store")),
            new Persona("Enterprise", 10, CustomerKind.LARGE_COMPANY, 0.005, 0.4, 0.35, 0.8, 0.30,
                    List.of(List.of("website-visit", "sales-call", "checkout-web")),
                    List.of("support-phone", "support-phone", "support-chat")));

    static Persona pick(RandomGenerator random) {
        var total = ALL.stream().mapToInt(Persona::weight).sum();
        var ticket = random.nextInt(total);
        for (var persona : ALL) {
            ticket -= persona.weight;
            if (ticket < 0) {
                return persona;
            }
        }
        throw new IllegalStateException("Persona weights do not add up.");
    }

    List<String> purchasePath(RandomGenerator random) {
        return purchasePaths.get(random.nextInt(purchasePaths.size()));
    }

    String supportTouchpoint(RandomGenerator random) {
        return supportMix.get(random.nextInt(supportMix.size()));
    }
}
