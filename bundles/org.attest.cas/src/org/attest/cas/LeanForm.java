package org.attest.cas;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.SofaFS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.TypeSystemUtil;

/**
 * Form 2 of a {@code .bcas} file keeps a CAS's sentences and tokens in a {@link SpanBlock} and the rest as UIMA form 6
 * written for the <em>data type system</em>: the CAS's type system without {@code Sentence} and {@code Token}. This
 * knows, per type system, whether its CASes can be written so (nothing can refer to a sentence or a token, and neither
 * type has subtypes or features of its own) and which data type system that takes.
 */
final class LeanForm {

    // per full type system: its data type system, or empty when its CASes keep sentences and tokens in the UIMA data
    private final Map<TypeSystem, Optional<TypeSystem>> data = new ConcurrentHashMap<>();
    // the one asked for last, almost always the corpus's own: found without hashing a type system
    private volatile Known last;

    private record Known(TypeSystem full, Optional<TypeSystem> data) {
    }

    /**
     * Returns the data type system to write {@code cas} in form 2 with, or empty when it cannot be: its type system
     * does not allow it, or it has more than one view.
     */
    Optional<TypeSystem> dataTypeSystem(CAS cas) {
        return oneView(cas) ? dataTypeSystem(cas.getTypeSystem()) : Optional.empty();
    }

    /**
     * Returns the type system the UIMA data of a form-2 file written with {@code full} has, or empty when CASes of
     * {@code full} cannot be written in form 2.
     */
    Optional<TypeSystem> dataTypeSystem(TypeSystem full) {
        Known known = last;
        if (known != null && known.full() == full) {
            return known.data();
        }
        Optional<TypeSystem> found = data.computeIfAbsent(full, LeanForm::derive);
        last = new Known(full, found);
        return found;
    }

    private static boolean oneView(CAS cas) {
        Iterator<SofaFS> sofas = cas.getSofaIterator();
        if (sofas.hasNext()) {
            sofas.next();
        }
        return !sofas.hasNext();
    }

    private static Optional<TypeSystem> derive(TypeSystem full) {
        if (!leavesOut(full)) {
            return Optional.empty();
        }
        TypeSystemDescription description = TypeSystemUtil.typeSystem2TypeSystemDescription(full);
        description.setTypes(Arrays.stream(description.getTypes())
                .filter(t -> !t.getName().equals(AttestTypes.SENTENCE) && !t.getName().equals(AttestTypes.TOKEN))
                .toArray(TypeDescription[]::new));
        try {
            return Optional.of(CasCreationUtils.createCas(description, null, null).getTypeSystem());
        } catch (ResourceInitializationException e) {
            // a type system UIMA committed once cannot fail to commit without two leaf types; should it, keep form 1
            return Optional.empty();
        }
    }

    // Whether sentences and tokens can live outside the UIMA data: both are plain annotations that nothing refers to.
    private static boolean leavesOut(TypeSystem ts) {
        Type annotation = ts.getType(CAS.TYPE_NAME_ANNOTATION);
        Type sentence = ts.getType(AttestTypes.SENTENCE);
        Type token = ts.getType(AttestTypes.TOKEN);
        if (sentence == null || token == null) {
            return false;
        }
        for (Type type : new Type[]{sentence, token}) {
            if (ts.getParent(type) != annotation || !ts.getDirectSubtypes(type).isEmpty()
                    || type.getFeatures().size() != annotation.getFeatures().size()) {
                return false;
            }
        }
        for (Iterator<Type> types = ts.getTypeIterator(); types.hasNext();) {
            Type type = types.next();
            if (type.getName().startsWith("uima.")) {
                // UIMA's own types (lists, Sofa) matter only through a feature of another type, checked below
                continue;
            }
            for (Feature feature : type.getFeatures()) {
                if (feature.getDomain() == type && mayHold(ts, feature.getRange(), sentence, token)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean mayHold(TypeSystem ts, Type range, Type sentence, Type token) {
        if (range.isPrimitive() || range.getName().equals(CAS.TYPE_NAME_SOFA)) {
            return false;
        }
        if (range.isArray()) {
            return range.getComponentType() == null || !range.getComponentType().isPrimitive();
        }
        // a list or any supertype of the two (TOP, AnnotationBase, Annotation) could hold one, as could the types
        return ts.subsumes(range, sentence) || ts.subsumes(range, token)
                || ts.subsumes(ts.getType(CAS.TYPE_NAME_LIST_BASE), range);
    }
}
