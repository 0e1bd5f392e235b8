package org.attest.ui.editor;

import java.util.function.Supplier;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.model.FeatureDefinition;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * How the Properties view shows and takes the value of one kind of feature: the one place the workbench tells the
 * schema's feature kinds apart. Pick lists hold "(none)" first, so index 0 means unset.
 */
enum FeatureField {

    /** A tag of the feature's tagset, picked from a list. */
    TAG(true) {

        @Override
        Object taken(String name, Object input, Supplier<String[]> choices) {
            return (Integer) input == 0 ? null : choices.get()[(Integer) input];
        }
    },
    /** A registry entity, picked from a list of "id name"; the id is stored. */
    ENTITY(true) {

        @Override
        Object taken(String name, Object input, Supplier<String[]> choices) {
            return (Integer) input == 0 ? null : choices.get()[(Integer) input].split(" ", 2)[0];
        }
    },
    /** True or false, picked from a list. */
    CHOICE(false) {

        @Override
        PropertyDescriptor descriptor(String name, Supplier<String[]> choices) {
            return new ComboBoxPropertyDescriptor(name, name, new String[]{"false", "true"});
        }

        @Override
        Object shown(Object value, Supplier<String[]> choices) {
            return Boolean.TRUE.equals(value) ? 1 : 0;
        }

        @Override
        Object taken(String name, Object input, Supplier<String[]> choices) {
            return (Integer) input == 1;
        }
    },
    /** A link to another span, shown by its text and set in the editor, not here. */
    SPAN(false) {

        @Override
        PropertyDescriptor descriptor(String name, Supplier<String[]> choices) {
            return new PropertyDescriptor(name, name);
        }

        @Override
        Object shown(Object value, Supplier<String[]> choices) {
            return value instanceof AnnotationFS a ? a.getCoveredText() : "";
        }
    },
    /** A number typed as text, such as 100 or 2.5 (thousands commas allowed); cleared text leaves it unset. */
    NUMBER(false) {

        @Override
        Object taken(String name, Object input, Supplier<String[]> choices) {
            if (input == null || input.toString().isBlank()) {
                return null;
            }
            try {
                return Double.valueOf(input.toString().trim().replace(",", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Enter a number for " + name + ", such as 100 or 2.5", e);
            }
        }
    },
    /** Free text; empty text leaves the feature unset. */
    TEXT(false);

    private final boolean pickList;

    FeatureField(boolean pickList) {
        this.pickList = pickList;
    }

    /** Returns the field of {@code feature}'s kind. */
    static FeatureField of(FeatureDefinition feature) {
        return switch (feature.getKind()) {
            case TAGSET -> TAG;
            case ENTITY_LINK -> ENTITY;
            case BOOLEAN -> CHOICE;
            case SPAN_LINK -> SPAN;
            case NUMBER -> NUMBER;
            case STRING, CLUSTER_LINK -> TEXT;
        };
    }

    /** Returns the Properties view's descriptor of the feature {@code name}, with {@code choices} for a pick list. */
    PropertyDescriptor descriptor(String name, Supplier<String[]> choices) {
        return pickList
                ? new ComboBoxPropertyDescriptor(name, name, choices.get())
                : new TextPropertyDescriptor(name, name);
    }

    /** Returns what the Properties view shows for {@code value}: an index into the pick list, or text. */
    Object shown(Object value, Supplier<String[]> choices) {
        if (pickList) {
            return index(value, choices.get());
        }
        return value == null ? "" : value.toString();
    }

    /** Returns the value to store for what was entered in the Properties view; null leaves the feature unset. */
    Object taken(String name, Object input, Supplier<String[]> choices) {
        return input.toString().isEmpty() ? null : input.toString();
    }

    // the entry naming the value ("PER", or an entity's "e1 Jane Doe" for "e1"), else "(none)" at 0
    private static int index(Object value, String[] choices) {
        for (int i = 0; i < choices.length; i++) {
            if (value != null && (choices[i].equals(value) || choices[i].startsWith(value + " "))) {
                return i;
            }
        }
        return 0;
    }
}
