package org.cxloop.web.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.response.SurveyType;

/**
 * The survey form, prefilled with the standard wording of the chosen type, with five slots for extra questions.
 * Unused slots are left out; {@link #slotOf} maps a question back to its slot, so an error shows next to its field.
 */
record SurveyForm(String name, SurveyType type, String questionEn, String questionEs, String commentPromptEn,
        String commentPromptEs, List<QuestionForm> questions) {

    static final int SLOTS = 5;

    SurveyForm {
        var slots = new ArrayList<QuestionForm>();
        for (var i = 0; i < SLOTS; i++) {
            var given = questions != null && i < questions.size() ? questions.get(i) : null;
            slots.add(given == null ? QuestionForm.blank() : given);
        }
        questions = slots;
    }

    static SurveyForm standard(SurveyType type) {
        var definition = SurveyDefinition.standard("", type);
        return new SurveyForm("", type, definition.questionEn(), definition.questionEs(), definition.commentPromptEn(),
                definition.commentPromptEs(), null);
    }

    SurveyDefinition definition() {
        var asked = usedSlots().stream().map(i -> questions.get(i).question()).toList();
        return new SurveyDefinition(name, type, questionEn, questionEs, commentPromptEn, commentPromptEs, asked);
    }

    /** The form field for a field of the survey's questions: {@code questions[0].textEn} may live in slot 2. */
    String slotOf(String field) {
        var matcher = java.util.regex.Pattern.compile("questions\\[(\\d+)](.*)").matcher(field);
        if (!matcher.matches()) {
            return field;
        }
        var used = usedSlots();
        var index = Integer.parseInt(matcher.group(1));
        return index < used.size() ? "questions[" + used.get(index) + "]" + matcher.group(2) : field;
    }

    private List<Integer> usedSlots() {
        return IntStream.range(0, questions.size()).filter(i -> !questions.get(i).unused()).boxed().toList();
    }
}
