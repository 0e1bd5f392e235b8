/**
 */
package org.attest.model.impl;

import org.attest.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CorpusFactoryImpl extends EFactoryImpl implements CorpusFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CorpusFactory init() {
		try {
			CorpusFactory theCorpusFactory = (CorpusFactory)EPackage.Registry.INSTANCE.getEFactory(CorpusPackage.eNS_URI);
			if (theCorpusFactory != null) {
				return theCorpusFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CorpusFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CorpusFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CorpusPackage.CORPUS: return createCorpus();
			case CorpusPackage.DOCUMENT: return createDocument();
			case CorpusPackage.METADATA_ENTRY: return createMetadataEntry();
			case CorpusPackage.ANNOTATOR: return createAnnotator();
			case CorpusPackage.ANNOTATION_STATE: return createAnnotationState();
			case CorpusPackage.SCHEMA: return createSchema();
			case CorpusPackage.SPAN_LAYER: return createSpanLayer();
			case CorpusPackage.RELATION_LAYER: return createRelationLayer();
			case CorpusPackage.FEATURE_DEFINITION: return createFeatureDefinition();
			case CorpusPackage.TAGSET: return createTagset();
			case CorpusPackage.TAG: return createTag();
			case CorpusPackage.ENTITY: return createEntity();
			case CorpusPackage.CLAIM_CLUSTER: return createClaimCluster();
			case CorpusPackage.CURATION_RECORD: return createCurationRecord();
			case CorpusPackage.ANNOTATOR_RECORD: return createAnnotatorRecord();
			case CorpusPackage.DOCUMENT_PROGRESS: return createDocumentProgress();
			case CorpusPackage.GOLD_DECISION: return createGoldDecision();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CorpusPackage.DOCUMENT_STATE:
				return createDocumentStateFromString(eDataType, initialValue);
			case CorpusPackage.GOLD_STATE:
				return createGoldStateFromString(eDataType, initialValue);
			case CorpusPackage.FEATURE_KIND:
				return createFeatureKindFromString(eDataType, initialValue);
			case CorpusPackage.DECISION_ORIGIN:
				return createDecisionOriginFromString(eDataType, initialValue);
			case CorpusPackage.VERDICT:
				return createVerdictFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CorpusPackage.DOCUMENT_STATE:
				return convertDocumentStateToString(eDataType, instanceValue);
			case CorpusPackage.GOLD_STATE:
				return convertGoldStateToString(eDataType, instanceValue);
			case CorpusPackage.FEATURE_KIND:
				return convertFeatureKindToString(eDataType, instanceValue);
			case CorpusPackage.DECISION_ORIGIN:
				return convertDecisionOriginToString(eDataType, instanceValue);
			case CorpusPackage.VERDICT:
				return convertVerdictToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Corpus createCorpus() {
		CorpusImpl corpus = new CorpusImpl();
		return corpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document createDocument() {
		DocumentImpl document = new DocumentImpl();
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetadataEntry createMetadataEntry() {
		MetadataEntryImpl metadataEntry = new MetadataEntryImpl();
		return metadataEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotator createAnnotator() {
		AnnotatorImpl annotator = new AnnotatorImpl();
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotationState createAnnotationState() {
		AnnotationStateImpl annotationState = new AnnotationStateImpl();
		return annotationState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Schema createSchema() {
		SchemaImpl schema = new SchemaImpl();
		return schema;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpanLayer createSpanLayer() {
		SpanLayerImpl spanLayer = new SpanLayerImpl();
		return spanLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationLayer createRelationLayer() {
		RelationLayerImpl relationLayer = new RelationLayerImpl();
		return relationLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureDefinition createFeatureDefinition() {
		FeatureDefinitionImpl featureDefinition = new FeatureDefinitionImpl();
		return featureDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tagset createTagset() {
		TagsetImpl tagset = new TagsetImpl();
		return tagset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tag createTag() {
		TagImpl tag = new TagImpl();
		return tag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity createEntity() {
		EntityImpl entity = new EntityImpl();
		return entity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClaimCluster createClaimCluster() {
		ClaimClusterImpl claimCluster = new ClaimClusterImpl();
		return claimCluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CurationRecord createCurationRecord() {
		CurationRecordImpl curationRecord = new CurationRecordImpl();
		return curationRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotatorRecord createAnnotatorRecord() {
		AnnotatorRecordImpl annotatorRecord = new AnnotatorRecordImpl();
		return annotatorRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentProgress createDocumentProgress() {
		DocumentProgressImpl documentProgress = new DocumentProgressImpl();
		return documentProgress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoldDecision createGoldDecision() {
		GoldDecisionImpl goldDecision = new GoldDecisionImpl();
		return goldDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DocumentState createDocumentStateFromString(EDataType eDataType, String initialValue) {
		DocumentState result = DocumentState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDocumentStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GoldState createGoldStateFromString(EDataType eDataType, String initialValue) {
		GoldState result = GoldState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGoldStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FeatureKind createFeatureKindFromString(EDataType eDataType, String initialValue) {
		FeatureKind result = FeatureKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFeatureKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DecisionOrigin createDecisionOriginFromString(EDataType eDataType, String initialValue) {
		DecisionOrigin result = DecisionOrigin.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDecisionOriginToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Verdict createVerdictFromString(EDataType eDataType, String initialValue) {
		Verdict result = Verdict.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVerdictToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CorpusPackage getCorpusPackage() {
		return (CorpusPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CorpusPackage getPackage() {
		return CorpusPackage.eINSTANCE;
	}

} //CorpusFactoryImpl
