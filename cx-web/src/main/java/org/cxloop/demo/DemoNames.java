package org.cxloop.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Plausible English and Spanish names for people and companies, and example.com/example.org addresses for them. */
final class DemoNames {

    private static final List<String> ENGLISH_FIRST = List.of("Olivia", "Emma", "Amelia", "Sophie", "Grace", "Chloe",
            "Emily", "Hannah", "Lucy", "Ella", "Jack", "Oliver", "Harry", "George", "Noah", "James", "William", "Thomas",
            "Daniel", "Samuel", "Ethan", "Liam", "Megan", "Rachel", "Laura", "Michael", "David", "Sarah", "Kate", "Ryan");
    private static final List<String> ENGLISH_LAST = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
            "Wood", "Jackson", "Clarke", "Harris", "Lewis", "Patel", "Turner", "Hughes", "Cooper", "Parker", "Murphy");
    private static final List<String> SPANISH_FIRST = List.of("Lucía", "María", "Paula", "Sofía", "Martina", "Carmen",
            "Laura", "Julia", "Elena", "Alba", "Ana", "Marta", "Hugo", "Pablo", "Alejandro", "Daniel", "Javier", "Álvaro",
            "Adrián", "David", "Diego", "Sergio", "Jorge", "Mateo", "Andrés", "José", "Manuel", "Irene", "Nuria", "Raúl");
    private static final List<String> SPANISH_LAST = List.of("García", "Rodríguez", "González", "Fernández", "López",
            "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz",
            "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Molina", "Ortiz");
    private static final List<String> ENGLISH_SMALL_COMPANY = List.of("%s & Co.", "%s Consulting", "%s Bakery",
            "%s Plumbing Ltd", "%s Design Studio", "%s Accountants");
    private static final List<String> ENGLISH_ENTERPRISE = List.of("%s Group plc", "%s Holdings", "%s Logistics Ltd",
            "%s Manufacturing", "%s Financial Services");
    private static final List<String> SPANISH_SMALL_COMPANY = List.of("Asesoría %s", "Panadería %s",
            "Talleres %s S.L.", "Ferretería %s", "Estudio %s Arquitectos", "Clínica Dental %s");
    private static final List<String> SPANISH_ENTERPRISE = List.of("Grupo %s S.A.", "Transportes %s S.A.",
            "Industrias %s", "%s Seguros", "Distribuciones %s S.A.");

    private DemoNames() {
    }

    /** A name and an email address; {@code number} keeps addresses unique. */
    static NameAndEmail of(Persona persona, String locale, int number, RandomGenerator random) {
        var spanish = "es".equals(locale);
        var surname = pick(spanish ? SPANISH_LAST : ENGLISH_LAST, random);
        var domain = random.nextBoolean() ? "example.com" : "example.org";
        if (persona.kind() != CustomerKind.PERSON) {
            var enterprise = persona.kind() == CustomerKind.LARGE_COMPANY;
            var patterns = spanish
                    ? (enterprise ? SPANISH_ENTERPRISE : SPANISH_SMALL_COMPANY)
                    : (enterprise ? ENGLISH_ENTERPRISE : ENGLISH_SMALL_COMPANY);
            var company = pick(patterns, random).formatted(surname);
            return new NameAndEmail(company, "contact." + slug(company) + number + "@" + domain);
        }
        var first = pick(spanish ? SPANISH_FIRST : ENGLISH_FIRST, random);
        var name = spanish ? first + " " + surname + " " + pick(SPANISH_LAST, random) : first + " " + surname;
        return new NameAndEmail(name, slug(first) + "." + slug(surname) + number + "@" + domain);
    }

    private static String pick(List<String> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String slug(String text) {
        var ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    record NameAndEmail(String name, String email) {
    }
}
