package org.attest.edit;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;

/** The raw value of one feature of one annotation, restored without schema checks so that undo is exact. */
record FeatureSnapshot(FeatureStructure fs, Feature feature, Object value) {

    /** Captures the current value of {@code feature} on {@code fs}. */
    static FeatureSnapshot of(FeatureStructure fs, Feature feature) {
        return new FeatureSnapshot(fs, feature, switch (feature.getRange().getName()) {
            case CAS.TYPE_NAME_STRING -> fs.getStringValue(feature);
            case CAS.TYPE_NAME_DOUBLE -> fs.getDoubleValue(feature);
            case CAS.TYPE_NAME_BOOLEAN -> fs.getBooleanValue(feature);
            case CAS.TYPE_NAME_INTEGER -> fs.getIntValue(feature);
            default -> fs.getFeatureValue(feature);
        });
    }

    /** Writes the captured value back. */
    void restore() {
        switch (feature.getRange().getName()) {
            case CAS.TYPE_NAME_STRING -> fs.setStringValue(feature, (String) value);
            case CAS.TYPE_NAME_DOUBLE -> fs.setDoubleValue(feature, (Double) value);
            case CAS.TYPE_NAME_BOOLEAN -> fs.setBooleanValue(feature, (Boolean) value);
            case CAS.TYPE_NAME_INTEGER -> fs.setIntValue(feature, (Integer) value);
            default -> fs.setFeatureValue(feature, (FeatureStructure) value);
        }
    }
}
