package org.cxloop.journey.map;

import java.text.Normalizer;
import java.util.Locale;
import org.cxloop.core.Codes;

/** Codes for stages and touchpoints: the one an admin typed, or one made from the name. */
final class CodeNames {

    private CodeNames() {
    }

    /** The typed code when there is one, else the name in lowercase ASCII with dashes ("Tienda física" → tienda-fisica). */
    static String codeFor(String typedCode, String name) {
        if (typedCode != null && !typedCode.isBlank()) {
            return Codes.check("code", typedCode.strip());
        }
        var ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 50) {
            slug = slug.substring(0, 50).replaceAll("-+$", "");
        }
        return Codes.check("code", slug);
    }
}
