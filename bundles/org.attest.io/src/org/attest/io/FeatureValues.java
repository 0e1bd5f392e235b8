package org.attest.io;

import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;

/** Converts CAS feature values to the plain values of {@link SpanRecord} and {@link RelationRecord}. */
final class FeatureValues {

    private FeatureValues() {
    }

    /**
     * Returns the value of {@code feature} as String, Double or Boolean, or as the Integer index of the span it
     * points to; {@code null} when unset.
     */
    static Object of(FeatureStructure fs, Feature feature, Map<FeatureStructure, Integer> spanIndex, String where)
            throws ImportException {
        Type range = feature.getRange();
        if (range.isStringOrStringSubtype()) {
            return fs.getStringValue(feature);
        }
        if (range.isPrimitive()) {
            return switch (range.getName()) {
                case CAS.TYPE_NAME_BOOLEAN -> fs.getBooleanValue(feature);
                case CAS.TYPE_NAME_DOUBLE -> unsetIfNaN(fs.getDoubleValue(feature));
                default -> Double.valueOf(fs.getFeatureValueAsString(feature));
            };
        }
        FeatureStructure target = fs.getFeatureValue(feature);
        if (target == null) {
            return null;
        }
        Integer index = spanIndex.get(target);
        if (index == null) {
            throw new ImportException(where + ": feature \"" + feature.getShortName() + "\" of " + describe(fs)
                    + " points to a " + target.getType().getName()
                    + " that is not an imported span; Attest links point to "
                    + "one span of a schema layer: fix the link or remove the feature value");
        }
        return index;
    }

    // Attest writes NaN for an unset number (see org.attest.cas.UnsetNumbers); a foreign file's 0 stays a 0.
    private static Double unsetIfNaN(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** Describes an annotation for messages: its type and, for annotations, its offsets. */
    static String describe(FeatureStructure fs) {
        Type type = fs.getType();
        Feature begin = type.getFeatureByBaseName("begin");
        Feature end = type.getFeatureByBaseName("end");
        if (begin == null || end == null || !CAS.TYPE_NAME_INTEGER.equals(begin.getRange().getName())) {
            return type.getName() + " (id " + fs._id() + ")";
        }
        return type.getName() + " at " + fs.getIntValue(begin) + "-" + fs.getIntValue(end);
    }
}
