package org.cxloop.survey.voice;

import java.util.List;
import java.util.Locale;

/** A topic customers talk about, named in English and Spanish, with its keywords per language (as admins wrote them). */
public record Topic(long id, String code, String nameEn, String nameEs, List<String> keywordsEn, List<String> keywordsEs) {

    /** The name in the reader's language: Spanish for Spanish readers, English for everyone else. */
    public String name(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? nameEs : nameEn;
    }
}
