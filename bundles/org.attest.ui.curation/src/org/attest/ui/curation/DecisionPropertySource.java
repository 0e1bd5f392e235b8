package org.attest.ui.curation;

import java.util.ArrayList;
import java.util.List;

import org.attest.curation.QueueItem;
import org.attest.model.GoldDecision;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/** Shows an item's decision record in the Properties view: who decided what, why, when, and what the annotators had. */
final class DecisionPropertySource implements IPropertySource {

    /** The property ids, in the order the view lists them. */
    static final List<String> IDS = List.of("position", "text", "status", "verdict", "value", "origin", "rule",
            "supporters", "reviewer",
            "time", "comment", "basis");

    private final ItemElement element;

    DecisionPropertySource(ItemElement element) {
        this.element = element;
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> result = new ArrayList<>();
        for (String id : IDS) {
            boolean editable = id.equals("comment") && element.comments() != null && element.item().decision() != null;
            PropertyDescriptor d = editable
                    ? new TextPropertyDescriptor(id, name(id))
                    : new PropertyDescriptor(id, name(id));
            d.setCategory(id.equals("position") || id.equals("text") || id.equals("status") ? "Item" : "Decision");
            d.setDescription(description(id));
            result.add(d);
        }
        return result.toArray(IPropertyDescriptor[]::new);
    }

    private static String name(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    private static String description(String id) {
        return switch (id) {
            case "verdict" ->
                "accepted (an annotator's version), edited (changed by the reviewer) or rejected (no annotation)";
            case "origin" -> "auto-merge (a merge rule) or reviewer";
            case "supporters" -> "the annotators whose version the gold holds";
            case "basis" ->
                "what the annotators had when this was decided; when it changes the item comes back to the queue";
            case "comment" -> "the reviewer's note; type here or press C in the curation editor";
            default -> null;
        };
    }

    @Override
    public Object getPropertyValue(Object id) {
        QueueItem item = element.item();
        GoldDecision d = item.decision();
        return switch ((String) id) {
            case "position" -> item.position().toString();
            case "text" -> ItemTexts.where(item.position(), element.text());
            case "status" -> item.status().word();
            default -> d == null ? "" : decisionValue((String) id, d);
        };
    }

    private static String decisionValue(String id, GoldDecision d) {
        Object value = switch (id) {
            case "verdict" -> d.getVerdict().getLiteral();
            case "value" -> d.getValue();
            case "origin" -> d.getOrigin().getLiteral();
            case "rule" -> d.getRule();
            case "supporters" -> String.join(", ", d.getSupporters());
            case "reviewer" -> d.getReviewer();
            case "time" -> ItemTexts.time(d.getTime());
            case "comment" -> d.getComment();
            case "basis" -> d.getBasis();
            default -> null;
        };
        return value == null ? "" : value.toString();
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // a decision record has no defaults to reset to
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if ("comment".equals(id) && element.comments() != null) {
            element.comments().comment(element.item(), value == null ? null : value.toString());
        }
    }
}
