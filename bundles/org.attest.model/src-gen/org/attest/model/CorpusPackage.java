/**
 */
package org.attest.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Attest corpus model: documents, annotators and their states, the annotation schema, the entity registry, claim clusters and the curation records of gold documents.
 * <!-- end-model-doc -->
 * @see org.attest.model.CorpusFactory
 * @model kind="package"
 * @generated
 */
public interface CorpusPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://attest.org/corpus/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "attest";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CorpusPackage eINSTANCE = org.attest.model.impl.CorpusPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.attest.model.impl.CorpusImpl <em>Corpus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.CorpusImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getCorpus()
	 * @generated
	 */
	int CORPUS = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__FORMAT_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__CREATED = 2;

	/**
	 * The feature id for the '<em><b>Schema</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__SCHEMA = 3;

	/**
	 * The feature id for the '<em><b>Annotators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__ANNOTATORS = 4;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__DOCUMENTS = 5;

	/**
	 * The feature id for the '<em><b>Entities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__ENTITIES = 6;

	/**
	 * The feature id for the '<em><b>Claim Clusters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__CLAIM_CLUSTERS = 7;

	/**
	 * The number of structural features of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.DocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.DocumentImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getDocument()
	 * @generated
	 */
	int DOCUMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Outlet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__OUTLET = 2;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__LANGUAGE = 3;

	/**
	 * The feature id for the '<em><b>Original Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ORIGINAL_LANGUAGE = 4;

	/**
	 * The feature id for the '<em><b>Publication Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__PUBLICATION_DATE = 5;

	/**
	 * The feature id for the '<em><b>Source File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__SOURCE_FILE_NAME = 6;

	/**
	 * The feature id for the '<em><b>Text Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TEXT_SHA256 = 7;

	/**
	 * The feature id for the '<em><b>Text Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TEXT_LENGTH = 8;

	/**
	 * The feature id for the '<em><b>Imported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__IMPORTED = 9;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__METADATA = 10;

	/**
	 * The feature id for the '<em><b>States</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__STATES = 11;

	/**
	 * The feature id for the '<em><b>Gold State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__GOLD_STATE = 12;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.MetadataEntryImpl <em>Metadata Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.MetadataEntryImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getMetadataEntry()
	 * @generated
	 */
	int METADATA_ENTRY = 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Metadata Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Metadata Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.AnnotatorImpl <em>Annotator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.AnnotatorImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getAnnotator()
	 * @generated
	 */
	int ANNOTATOR = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR__DISPLAY_NAME = 1;

	/**
	 * The feature id for the '<em><b>Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR__ADDED = 2;

	/**
	 * The number of structural features of the '<em>Annotator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Annotator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.AnnotationStateImpl <em>Annotation State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.AnnotationStateImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getAnnotationState()
	 * @generated
	 */
	int ANNOTATION_STATE = 4;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_STATE__ANNOTATOR = 0;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_STATE__STATE = 1;

	/**
	 * The feature id for the '<em><b>Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_STATE__UPDATED = 2;

	/**
	 * The number of structural features of the '<em>Annotation State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_STATE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Annotation State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.SchemaImpl <em>Schema</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.SchemaImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getSchema()
	 * @generated
	 */
	int SCHEMA = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEMA__NAME = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEMA__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Type Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEMA__TYPE_NAMESPACE = 2;

	/**
	 * The feature id for the '<em><b>Tagsets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEMA__TAGSETS = 3;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEMA__LAYERS = 4;

	/**
	 * The number of structural features of the '<em>Schema</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEMA_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Schema</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEMA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.LayerImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__COLOR = 2;

	/**
	 * The feature id for the '<em><b>Features</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__FEATURES = 3;

	/**
	 * The feature id for the '<em><b>Label Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LABEL_FEATURE = 4;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.SpanLayerImpl <em>Span Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.SpanLayerImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getSpanLayer()
	 * @generated
	 */
	int SPAN_LAYER = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_LAYER__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_LAYER__DESCRIPTION = LAYER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_LAYER__COLOR = LAYER__COLOR;

	/**
	 * The feature id for the '<em><b>Features</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_LAYER__FEATURES = LAYER__FEATURES;

	/**
	 * The feature id for the '<em><b>Label Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_LAYER__LABEL_FEATURE = LAYER__LABEL_FEATURE;

	/**
	 * The feature id for the '<em><b>Allow Overlap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_LAYER__ALLOW_OVERLAP = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cross Sentence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_LAYER__CROSS_SENTENCE = LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Span Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_LAYER_FEATURE_COUNT = LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Span Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPAN_LAYER_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.RelationLayerImpl <em>Relation Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.RelationLayerImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getRelationLayer()
	 * @generated
	 */
	int RELATION_LAYER = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_LAYER__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_LAYER__DESCRIPTION = LAYER__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_LAYER__COLOR = LAYER__COLOR;

	/**
	 * The feature id for the '<em><b>Features</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_LAYER__FEATURES = LAYER__FEATURES;

	/**
	 * The feature id for the '<em><b>Label Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_LAYER__LABEL_FEATURE = LAYER__LABEL_FEATURE;

	/**
	 * The feature id for the '<em><b>From Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_LAYER__FROM_LAYER = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>To Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_LAYER__TO_LAYER = LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Relation Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_LAYER_FEATURE_COUNT = LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Relation Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_LAYER_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.FeatureDefinitionImpl <em>Feature Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.FeatureDefinitionImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getFeatureDefinition()
	 * @generated
	 */
	int FEATURE_DEFINITION = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION__KIND = 2;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION__REQUIRED = 3;

	/**
	 * The feature id for the '<em><b>Tagset</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION__TAGSET = 4;

	/**
	 * The feature id for the '<em><b>Target Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION__TARGET_LAYER = 5;

	/**
	 * The number of structural features of the '<em>Feature Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Feature Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.TagsetImpl <em>Tagset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.TagsetImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getTagset()
	 * @generated
	 */
	int TAGSET = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAGSET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAGSET__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAGSET__TAGS = 2;

	/**
	 * The number of structural features of the '<em>Tagset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAGSET_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Tagset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAGSET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.TagImpl <em>Tag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.TagImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getTag()
	 * @generated
	 */
	int TAG = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__COLOR = 2;

	/**
	 * The feature id for the '<em><b>Hot Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__HOT_KEY = 3;

	/**
	 * The number of structural features of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.EntityImpl <em>Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.EntityImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getEntity()
	 * @generated
	 */
	int ENTITY = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ID = 0;

	/**
	 * The feature id for the '<em><b>Canonical Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__CANONICAL_NAME = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ALIASES = 3;

	/**
	 * The feature id for the '<em><b>Knowledge Base Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__KNOWLEDGE_BASE_ID = 4;

	/**
	 * The feature id for the '<em><b>Merged Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__MERGED_IDS = 5;

	/**
	 * The number of structural features of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.ClaimClusterImpl <em>Claim Cluster</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.ClaimClusterImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getClaimCluster()
	 * @generated
	 */
	int CLAIM_CLUSTER = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_CLUSTER__ID = 0;

	/**
	 * The feature id for the '<em><b>Proposition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_CLUSTER__PROPOSITION = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_CLUSTER__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Claim Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_CLUSTER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Claim Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_CLUSTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.CurationRecordImpl <em>Curation Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.CurationRecordImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getCurationRecord()
	 * @generated
	 */
	int CURATION_RECORD = 14;

	/**
	 * The feature id for the '<em><b>Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_RECORD__DOCUMENT = 0;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_RECORD__REVIEWER = 1;

	/**
	 * The feature id for the '<em><b>Reviewer Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_RECORD__REVIEWER_SINCE = 2;

	/**
	 * The feature id for the '<em><b>Gold Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_RECORD__GOLD_SHA256 = 3;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_RECORD__DECISIONS = 4;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_RECORD__STATE = 5;

	/**
	 * The number of structural features of the '<em>Curation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_RECORD_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Curation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURATION_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.AnnotatorRecordImpl <em>Annotator Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.AnnotatorRecordImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getAnnotatorRecord()
	 * @generated
	 */
	int ANNOTATOR_RECORD = 15;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_RECORD__ANNOTATOR = 0;

	/**
	 * The feature id for the '<em><b>Progress</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_RECORD__PROGRESS = 1;

	/**
	 * The number of structural features of the '<em>Annotator Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_RECORD_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Annotator Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.DocumentProgressImpl <em>Document Progress</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.DocumentProgressImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getDocumentProgress()
	 * @generated
	 */
	int DOCUMENT_PROGRESS = 16;

	/**
	 * The feature id for the '<em><b>Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROGRESS__DOCUMENT = 0;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROGRESS__STATE = 1;

	/**
	 * The feature id for the '<em><b>Updated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROGRESS__UPDATED = 2;

	/**
	 * The number of structural features of the '<em>Document Progress</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROGRESS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Document Progress</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROGRESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.impl.GoldDecisionImpl <em>Gold Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.impl.GoldDecisionImpl
	 * @see org.attest.model.impl.CorpusPackageImpl#getGoldDecision()
	 * @generated
	 */
	int GOLD_DECISION = 17;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION__LAYER = 0;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION__BEGIN = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION__END = 2;

	/**
	 * The feature id for the '<em><b>To Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION__TO_BEGIN = 3;

	/**
	 * The feature id for the '<em><b>To End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION__TO_END = 4;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION__VERDICT = 5;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION__VALUE = 6;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION__ORIGIN = 7;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION__RULE = 8;

	/**
	 * The feature id for the '<em><b>Supporters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION__SUPPORTERS = 9;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION__BASIS = 10;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION__REVIEWER = 11;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION__TIME = 12;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION__COMMENT = 13;

	/**
	 * The number of structural features of the '<em>Gold Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Gold Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOLD_DECISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.attest.model.DocumentState <em>Document State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.DocumentState
	 * @see org.attest.model.impl.CorpusPackageImpl#getDocumentState()
	 * @generated
	 */
	int DOCUMENT_STATE = 18;

	/**
	 * The meta object id for the '{@link org.attest.model.GoldState <em>Gold State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.GoldState
	 * @see org.attest.model.impl.CorpusPackageImpl#getGoldState()
	 * @generated
	 */
	int GOLD_STATE = 19;

	/**
	 * The meta object id for the '{@link org.attest.model.FeatureKind <em>Feature Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.FeatureKind
	 * @see org.attest.model.impl.CorpusPackageImpl#getFeatureKind()
	 * @generated
	 */
	int FEATURE_KIND = 20;

	/**
	 * The meta object id for the '{@link org.attest.model.DecisionOrigin <em>Decision Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.DecisionOrigin
	 * @see org.attest.model.impl.CorpusPackageImpl#getDecisionOrigin()
	 * @generated
	 */
	int DECISION_ORIGIN = 21;

	/**
	 * The meta object id for the '{@link org.attest.model.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.attest.model.Verdict
	 * @see org.attest.model.impl.CorpusPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 22;


	/**
	 * Returns the meta object for class '{@link org.attest.model.Corpus <em>Corpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Corpus</em>'.
	 * @see org.attest.model.Corpus
	 * @generated
	 */
	EClass getCorpus();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Corpus#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attest.model.Corpus#getName()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Corpus#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.attest.model.Corpus#getFormatVersion()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Corpus#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.attest.model.Corpus#getCreated()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_Created();

	/**
	 * Returns the meta object for the containment reference '{@link org.attest.model.Corpus#getSchema <em>Schema</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Schema</em>'.
	 * @see org.attest.model.Corpus#getSchema()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Schema();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attest.model.Corpus#getAnnotators <em>Annotators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotators</em>'.
	 * @see org.attest.model.Corpus#getAnnotators()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Annotators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attest.model.Corpus#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.attest.model.Corpus#getDocuments()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Documents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attest.model.Corpus#getEntities <em>Entities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entities</em>'.
	 * @see org.attest.model.Corpus#getEntities()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Entities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attest.model.Corpus#getClaimClusters <em>Claim Clusters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Claim Clusters</em>'.
	 * @see org.attest.model.Corpus#getClaimClusters()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_ClaimClusters();

	/**
	 * Returns the meta object for class '{@link org.attest.model.Document <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see org.attest.model.Document
	 * @generated
	 */
	EClass getDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Document#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.attest.model.Document#getId()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Document#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.attest.model.Document#getTitle()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Document#getOutlet <em>Outlet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outlet</em>'.
	 * @see org.attest.model.Document#getOutlet()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Outlet();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Document#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.attest.model.Document#getLanguage()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Document#getOriginalLanguage <em>Original Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Language</em>'.
	 * @see org.attest.model.Document#getOriginalLanguage()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_OriginalLanguage();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Document#getPublicationDate <em>Publication Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publication Date</em>'.
	 * @see org.attest.model.Document#getPublicationDate()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_PublicationDate();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Document#getSourceFileName <em>Source File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source File Name</em>'.
	 * @see org.attest.model.Document#getSourceFileName()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_SourceFileName();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Document#getTextSha256 <em>Text Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Sha256</em>'.
	 * @see org.attest.model.Document#getTextSha256()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_TextSha256();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Document#getTextLength <em>Text Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Length</em>'.
	 * @see org.attest.model.Document#getTextLength()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_TextLength();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Document#getImported <em>Imported</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported</em>'.
	 * @see org.attest.model.Document#getImported()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Imported();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attest.model.Document#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metadata</em>'.
	 * @see org.attest.model.Document#getMetadata()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Metadata();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attest.model.Document#getStates <em>States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>States</em>'.
	 * @see org.attest.model.Document#getStates()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_States();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Document#getGoldState <em>Gold State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gold State</em>'.
	 * @see org.attest.model.Document#getGoldState()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_GoldState();

	/**
	 * Returns the meta object for class '{@link org.attest.model.MetadataEntry <em>Metadata Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metadata Entry</em>'.
	 * @see org.attest.model.MetadataEntry
	 * @generated
	 */
	EClass getMetadataEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.MetadataEntry#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.attest.model.MetadataEntry#getKey()
	 * @see #getMetadataEntry()
	 * @generated
	 */
	EAttribute getMetadataEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.MetadataEntry#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.attest.model.MetadataEntry#getValue()
	 * @see #getMetadataEntry()
	 * @generated
	 */
	EAttribute getMetadataEntry_Value();

	/**
	 * Returns the meta object for class '{@link org.attest.model.Annotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotator</em>'.
	 * @see org.attest.model.Annotator
	 * @generated
	 */
	EClass getAnnotator();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Annotator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attest.model.Annotator#getName()
	 * @see #getAnnotator()
	 * @generated
	 */
	EAttribute getAnnotator_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Annotator#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.attest.model.Annotator#getDisplayName()
	 * @see #getAnnotator()
	 * @generated
	 */
	EAttribute getAnnotator_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Annotator#getAdded <em>Added</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Added</em>'.
	 * @see org.attest.model.Annotator#getAdded()
	 * @see #getAnnotator()
	 * @generated
	 */
	EAttribute getAnnotator_Added();

	/**
	 * Returns the meta object for class '{@link org.attest.model.AnnotationState <em>Annotation State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation State</em>'.
	 * @see org.attest.model.AnnotationState
	 * @generated
	 */
	EClass getAnnotationState();

	/**
	 * Returns the meta object for the reference '{@link org.attest.model.AnnotationState#getAnnotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Annotator</em>'.
	 * @see org.attest.model.AnnotationState#getAnnotator()
	 * @see #getAnnotationState()
	 * @generated
	 */
	EReference getAnnotationState_Annotator();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.AnnotationState#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.attest.model.AnnotationState#getState()
	 * @see #getAnnotationState()
	 * @generated
	 */
	EAttribute getAnnotationState_State();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.AnnotationState#getUpdated <em>Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated</em>'.
	 * @see org.attest.model.AnnotationState#getUpdated()
	 * @see #getAnnotationState()
	 * @generated
	 */
	EAttribute getAnnotationState_Updated();

	/**
	 * Returns the meta object for class '{@link org.attest.model.Schema <em>Schema</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schema</em>'.
	 * @see org.attest.model.Schema
	 * @generated
	 */
	EClass getSchema();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Schema#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attest.model.Schema#getName()
	 * @see #getSchema()
	 * @generated
	 */
	EAttribute getSchema_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Schema#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.attest.model.Schema#getVersion()
	 * @see #getSchema()
	 * @generated
	 */
	EAttribute getSchema_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Schema#getTypeNamespace <em>Type Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type Namespace</em>'.
	 * @see org.attest.model.Schema#getTypeNamespace()
	 * @see #getSchema()
	 * @generated
	 */
	EAttribute getSchema_TypeNamespace();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attest.model.Schema#getTagsets <em>Tagsets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tagsets</em>'.
	 * @see org.attest.model.Schema#getTagsets()
	 * @see #getSchema()
	 * @generated
	 */
	EReference getSchema_Tagsets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attest.model.Schema#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.attest.model.Schema#getLayers()
	 * @see #getSchema()
	 * @generated
	 */
	EReference getSchema_Layers();

	/**
	 * Returns the meta object for class '{@link org.attest.model.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.attest.model.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Layer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attest.model.Layer#getName()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Layer#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.attest.model.Layer#getDescription()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Layer#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.attest.model.Layer#getColor()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Color();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attest.model.Layer#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Features</em>'.
	 * @see org.attest.model.Layer#getFeatures()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Features();

	/**
	 * Returns the meta object for the reference '{@link org.attest.model.Layer#getLabelFeature <em>Label Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Label Feature</em>'.
	 * @see org.attest.model.Layer#getLabelFeature()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_LabelFeature();

	/**
	 * Returns the meta object for class '{@link org.attest.model.SpanLayer <em>Span Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Span Layer</em>'.
	 * @see org.attest.model.SpanLayer
	 * @generated
	 */
	EClass getSpanLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.SpanLayer#isAllowOverlap <em>Allow Overlap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Overlap</em>'.
	 * @see org.attest.model.SpanLayer#isAllowOverlap()
	 * @see #getSpanLayer()
	 * @generated
	 */
	EAttribute getSpanLayer_AllowOverlap();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.SpanLayer#isCrossSentence <em>Cross Sentence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cross Sentence</em>'.
	 * @see org.attest.model.SpanLayer#isCrossSentence()
	 * @see #getSpanLayer()
	 * @generated
	 */
	EAttribute getSpanLayer_CrossSentence();

	/**
	 * Returns the meta object for class '{@link org.attest.model.RelationLayer <em>Relation Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relation Layer</em>'.
	 * @see org.attest.model.RelationLayer
	 * @generated
	 */
	EClass getRelationLayer();

	/**
	 * Returns the meta object for the reference '{@link org.attest.model.RelationLayer#getFromLayer <em>From Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From Layer</em>'.
	 * @see org.attest.model.RelationLayer#getFromLayer()
	 * @see #getRelationLayer()
	 * @generated
	 */
	EReference getRelationLayer_FromLayer();

	/**
	 * Returns the meta object for the reference '{@link org.attest.model.RelationLayer#getToLayer <em>To Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To Layer</em>'.
	 * @see org.attest.model.RelationLayer#getToLayer()
	 * @see #getRelationLayer()
	 * @generated
	 */
	EReference getRelationLayer_ToLayer();

	/**
	 * Returns the meta object for class '{@link org.attest.model.FeatureDefinition <em>Feature Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feature Definition</em>'.
	 * @see org.attest.model.FeatureDefinition
	 * @generated
	 */
	EClass getFeatureDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.FeatureDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attest.model.FeatureDefinition#getName()
	 * @see #getFeatureDefinition()
	 * @generated
	 */
	EAttribute getFeatureDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.FeatureDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.attest.model.FeatureDefinition#getDescription()
	 * @see #getFeatureDefinition()
	 * @generated
	 */
	EAttribute getFeatureDefinition_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.FeatureDefinition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.attest.model.FeatureDefinition#getKind()
	 * @see #getFeatureDefinition()
	 * @generated
	 */
	EAttribute getFeatureDefinition_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.FeatureDefinition#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.attest.model.FeatureDefinition#isRequired()
	 * @see #getFeatureDefinition()
	 * @generated
	 */
	EAttribute getFeatureDefinition_Required();

	/**
	 * Returns the meta object for the reference '{@link org.attest.model.FeatureDefinition#getTagset <em>Tagset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Tagset</em>'.
	 * @see org.attest.model.FeatureDefinition#getTagset()
	 * @see #getFeatureDefinition()
	 * @generated
	 */
	EReference getFeatureDefinition_Tagset();

	/**
	 * Returns the meta object for the reference '{@link org.attest.model.FeatureDefinition#getTargetLayer <em>Target Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Layer</em>'.
	 * @see org.attest.model.FeatureDefinition#getTargetLayer()
	 * @see #getFeatureDefinition()
	 * @generated
	 */
	EReference getFeatureDefinition_TargetLayer();

	/**
	 * Returns the meta object for class '{@link org.attest.model.Tagset <em>Tagset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tagset</em>'.
	 * @see org.attest.model.Tagset
	 * @generated
	 */
	EClass getTagset();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Tagset#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attest.model.Tagset#getName()
	 * @see #getTagset()
	 * @generated
	 */
	EAttribute getTagset_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Tagset#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.attest.model.Tagset#getDescription()
	 * @see #getTagset()
	 * @generated
	 */
	EAttribute getTagset_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attest.model.Tagset#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tags</em>'.
	 * @see org.attest.model.Tagset#getTags()
	 * @see #getTagset()
	 * @generated
	 */
	EReference getTagset_Tags();

	/**
	 * Returns the meta object for class '{@link org.attest.model.Tag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag</em>'.
	 * @see org.attest.model.Tag
	 * @generated
	 */
	EClass getTag();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Tag#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.attest.model.Tag#getName()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Tag#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.attest.model.Tag#getDescription()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Tag#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.attest.model.Tag#getColor()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Tag#getHotKey <em>Hot Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hot Key</em>'.
	 * @see org.attest.model.Tag#getHotKey()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_HotKey();

	/**
	 * Returns the meta object for class '{@link org.attest.model.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entity</em>'.
	 * @see org.attest.model.Entity
	 * @generated
	 */
	EClass getEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Entity#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.attest.model.Entity#getId()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Entity#getCanonicalName <em>Canonical Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Canonical Name</em>'.
	 * @see org.attest.model.Entity#getCanonicalName()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_CanonicalName();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Entity#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.attest.model.Entity#getType()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.attest.model.Entity#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.attest.model.Entity#getAliases()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.Entity#getKnowledgeBaseId <em>Knowledge Base Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Knowledge Base Id</em>'.
	 * @see org.attest.model.Entity#getKnowledgeBaseId()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_KnowledgeBaseId();

	/**
	 * Returns the meta object for the attribute list '{@link org.attest.model.Entity#getMergedIds <em>Merged Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Merged Ids</em>'.
	 * @see org.attest.model.Entity#getMergedIds()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_MergedIds();

	/**
	 * Returns the meta object for class '{@link org.attest.model.ClaimCluster <em>Claim Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claim Cluster</em>'.
	 * @see org.attest.model.ClaimCluster
	 * @generated
	 */
	EClass getClaimCluster();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.ClaimCluster#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.attest.model.ClaimCluster#getId()
	 * @see #getClaimCluster()
	 * @generated
	 */
	EAttribute getClaimCluster_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.ClaimCluster#getProposition <em>Proposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proposition</em>'.
	 * @see org.attest.model.ClaimCluster#getProposition()
	 * @see #getClaimCluster()
	 * @generated
	 */
	EAttribute getClaimCluster_Proposition();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.ClaimCluster#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.attest.model.ClaimCluster#getNote()
	 * @see #getClaimCluster()
	 * @generated
	 */
	EAttribute getClaimCluster_Note();

	/**
	 * Returns the meta object for class '{@link org.attest.model.CurationRecord <em>Curation Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Curation Record</em>'.
	 * @see org.attest.model.CurationRecord
	 * @generated
	 */
	EClass getCurationRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.CurationRecord#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document</em>'.
	 * @see org.attest.model.CurationRecord#getDocument()
	 * @see #getCurationRecord()
	 * @generated
	 */
	EAttribute getCurationRecord_Document();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.CurationRecord#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see org.attest.model.CurationRecord#getReviewer()
	 * @see #getCurationRecord()
	 * @generated
	 */
	EAttribute getCurationRecord_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.CurationRecord#getReviewerSince <em>Reviewer Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer Since</em>'.
	 * @see org.attest.model.CurationRecord#getReviewerSince()
	 * @see #getCurationRecord()
	 * @generated
	 */
	EAttribute getCurationRecord_ReviewerSince();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.CurationRecord#getGoldSha256 <em>Gold Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gold Sha256</em>'.
	 * @see org.attest.model.CurationRecord#getGoldSha256()
	 * @see #getCurationRecord()
	 * @generated
	 */
	EAttribute getCurationRecord_GoldSha256();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attest.model.CurationRecord#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.attest.model.CurationRecord#getDecisions()
	 * @see #getCurationRecord()
	 * @generated
	 */
	EReference getCurationRecord_Decisions();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.CurationRecord#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.attest.model.CurationRecord#getState()
	 * @see #getCurationRecord()
	 * @generated
	 */
	EAttribute getCurationRecord_State();

	/**
	 * Returns the meta object for class '{@link org.attest.model.AnnotatorRecord <em>Annotator Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotator Record</em>'.
	 * @see org.attest.model.AnnotatorRecord
	 * @generated
	 */
	EClass getAnnotatorRecord();

	/**
	 * Returns the meta object for the containment reference '{@link org.attest.model.AnnotatorRecord#getAnnotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Annotator</em>'.
	 * @see org.attest.model.AnnotatorRecord#getAnnotator()
	 * @see #getAnnotatorRecord()
	 * @generated
	 */
	EReference getAnnotatorRecord_Annotator();

	/**
	 * Returns the meta object for the containment reference list '{@link org.attest.model.AnnotatorRecord#getProgress <em>Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Progress</em>'.
	 * @see org.attest.model.AnnotatorRecord#getProgress()
	 * @see #getAnnotatorRecord()
	 * @generated
	 */
	EReference getAnnotatorRecord_Progress();

	/**
	 * Returns the meta object for class '{@link org.attest.model.DocumentProgress <em>Document Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Progress</em>'.
	 * @see org.attest.model.DocumentProgress
	 * @generated
	 */
	EClass getDocumentProgress();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.DocumentProgress#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document</em>'.
	 * @see org.attest.model.DocumentProgress#getDocument()
	 * @see #getDocumentProgress()
	 * @generated
	 */
	EAttribute getDocumentProgress_Document();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.DocumentProgress#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.attest.model.DocumentProgress#getState()
	 * @see #getDocumentProgress()
	 * @generated
	 */
	EAttribute getDocumentProgress_State();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.DocumentProgress#getUpdated <em>Updated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated</em>'.
	 * @see org.attest.model.DocumentProgress#getUpdated()
	 * @see #getDocumentProgress()
	 * @generated
	 */
	EAttribute getDocumentProgress_Updated();

	/**
	 * Returns the meta object for class '{@link org.attest.model.GoldDecision <em>Gold Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gold Decision</em>'.
	 * @see org.attest.model.GoldDecision
	 * @generated
	 */
	EClass getGoldDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.GoldDecision#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer</em>'.
	 * @see org.attest.model.GoldDecision#getLayer()
	 * @see #getGoldDecision()
	 * @generated
	 */
	EAttribute getGoldDecision_Layer();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.GoldDecision#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.attest.model.GoldDecision#getBegin()
	 * @see #getGoldDecision()
	 * @generated
	 */
	EAttribute getGoldDecision_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.GoldDecision#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.attest.model.GoldDecision#getEnd()
	 * @see #getGoldDecision()
	 * @generated
	 */
	EAttribute getGoldDecision_End();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.GoldDecision#getToBegin <em>To Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Begin</em>'.
	 * @see org.attest.model.GoldDecision#getToBegin()
	 * @see #getGoldDecision()
	 * @generated
	 */
	EAttribute getGoldDecision_ToBegin();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.GoldDecision#getToEnd <em>To End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To End</em>'.
	 * @see org.attest.model.GoldDecision#getToEnd()
	 * @see #getGoldDecision()
	 * @generated
	 */
	EAttribute getGoldDecision_ToEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.GoldDecision#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.attest.model.GoldDecision#getVerdict()
	 * @see #getGoldDecision()
	 * @generated
	 */
	EAttribute getGoldDecision_Verdict();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.GoldDecision#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.attest.model.GoldDecision#getValue()
	 * @see #getGoldDecision()
	 * @generated
	 */
	EAttribute getGoldDecision_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.GoldDecision#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.attest.model.GoldDecision#getOrigin()
	 * @see #getGoldDecision()
	 * @generated
	 */
	EAttribute getGoldDecision_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.GoldDecision#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule</em>'.
	 * @see org.attest.model.GoldDecision#getRule()
	 * @see #getGoldDecision()
	 * @generated
	 */
	EAttribute getGoldDecision_Rule();

	/**
	 * Returns the meta object for the attribute list '{@link org.attest.model.GoldDecision#getSupporters <em>Supporters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Supporters</em>'.
	 * @see org.attest.model.GoldDecision#getSupporters()
	 * @see #getGoldDecision()
	 * @generated
	 */
	EAttribute getGoldDecision_Supporters();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.GoldDecision#getBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basis</em>'.
	 * @see org.attest.model.GoldDecision#getBasis()
	 * @see #getGoldDecision()
	 * @generated
	 */
	EAttribute getGoldDecision_Basis();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.GoldDecision#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see org.attest.model.GoldDecision#getReviewer()
	 * @see #getGoldDecision()
	 * @generated
	 */
	EAttribute getGoldDecision_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.GoldDecision#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.attest.model.GoldDecision#getTime()
	 * @see #getGoldDecision()
	 * @generated
	 */
	EAttribute getGoldDecision_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.attest.model.GoldDecision#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.attest.model.GoldDecision#getComment()
	 * @see #getGoldDecision()
	 * @generated
	 */
	EAttribute getGoldDecision_Comment();

	/**
	 * Returns the meta object for enum '{@link org.attest.model.DocumentState <em>Document State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Document State</em>'.
	 * @see org.attest.model.DocumentState
	 * @generated
	 */
	EEnum getDocumentState();

	/**
	 * Returns the meta object for enum '{@link org.attest.model.GoldState <em>Gold State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gold State</em>'.
	 * @see org.attest.model.GoldState
	 * @generated
	 */
	EEnum getGoldState();

	/**
	 * Returns the meta object for enum '{@link org.attest.model.FeatureKind <em>Feature Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Feature Kind</em>'.
	 * @see org.attest.model.FeatureKind
	 * @generated
	 */
	EEnum getFeatureKind();

	/**
	 * Returns the meta object for enum '{@link org.attest.model.DecisionOrigin <em>Decision Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decision Origin</em>'.
	 * @see org.attest.model.DecisionOrigin
	 * @generated
	 */
	EEnum getDecisionOrigin();

	/**
	 * Returns the meta object for enum '{@link org.attest.model.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see org.attest.model.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CorpusFactory getCorpusFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.attest.model.impl.CorpusImpl <em>Corpus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.CorpusImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getCorpus()
		 * @generated
		 */
		EClass CORPUS = eINSTANCE.getCorpus();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__NAME = eINSTANCE.getCorpus_Name();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__FORMAT_VERSION = eINSTANCE.getCorpus_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__CREATED = eINSTANCE.getCorpus_Created();

		/**
		 * The meta object literal for the '<em><b>Schema</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__SCHEMA = eINSTANCE.getCorpus_Schema();

		/**
		 * The meta object literal for the '<em><b>Annotators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__ANNOTATORS = eINSTANCE.getCorpus_Annotators();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__DOCUMENTS = eINSTANCE.getCorpus_Documents();

		/**
		 * The meta object literal for the '<em><b>Entities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__ENTITIES = eINSTANCE.getCorpus_Entities();

		/**
		 * The meta object literal for the '<em><b>Claim Clusters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__CLAIM_CLUSTERS = eINSTANCE.getCorpus_ClaimClusters();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.DocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.DocumentImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getDocument()
		 * @generated
		 */
		EClass DOCUMENT = eINSTANCE.getDocument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__ID = eINSTANCE.getDocument_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TITLE = eINSTANCE.getDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Outlet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__OUTLET = eINSTANCE.getDocument_Outlet();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__LANGUAGE = eINSTANCE.getDocument_Language();

		/**
		 * The meta object literal for the '<em><b>Original Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__ORIGINAL_LANGUAGE = eINSTANCE.getDocument_OriginalLanguage();

		/**
		 * The meta object literal for the '<em><b>Publication Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__PUBLICATION_DATE = eINSTANCE.getDocument_PublicationDate();

		/**
		 * The meta object literal for the '<em><b>Source File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__SOURCE_FILE_NAME = eINSTANCE.getDocument_SourceFileName();

		/**
		 * The meta object literal for the '<em><b>Text Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TEXT_SHA256 = eINSTANCE.getDocument_TextSha256();

		/**
		 * The meta object literal for the '<em><b>Text Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TEXT_LENGTH = eINSTANCE.getDocument_TextLength();

		/**
		 * The meta object literal for the '<em><b>Imported</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__IMPORTED = eINSTANCE.getDocument_Imported();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__METADATA = eINSTANCE.getDocument_Metadata();

		/**
		 * The meta object literal for the '<em><b>States</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__STATES = eINSTANCE.getDocument_States();

		/**
		 * The meta object literal for the '<em><b>Gold State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__GOLD_STATE = eINSTANCE.getDocument_GoldState();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.MetadataEntryImpl <em>Metadata Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.MetadataEntryImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getMetadataEntry()
		 * @generated
		 */
		EClass METADATA_ENTRY = eINSTANCE.getMetadataEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METADATA_ENTRY__KEY = eINSTANCE.getMetadataEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METADATA_ENTRY__VALUE = eINSTANCE.getMetadataEntry_Value();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.AnnotatorImpl <em>Annotator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.AnnotatorImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getAnnotator()
		 * @generated
		 */
		EClass ANNOTATOR = eINSTANCE.getAnnotator();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATOR__NAME = eINSTANCE.getAnnotator_Name();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATOR__DISPLAY_NAME = eINSTANCE.getAnnotator_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Added</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATOR__ADDED = eINSTANCE.getAnnotator_Added();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.AnnotationStateImpl <em>Annotation State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.AnnotationStateImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getAnnotationState()
		 * @generated
		 */
		EClass ANNOTATION_STATE = eINSTANCE.getAnnotationState();

		/**
		 * The meta object literal for the '<em><b>Annotator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_STATE__ANNOTATOR = eINSTANCE.getAnnotationState_Annotator();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_STATE__STATE = eINSTANCE.getAnnotationState_State();

		/**
		 * The meta object literal for the '<em><b>Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_STATE__UPDATED = eINSTANCE.getAnnotationState_Updated();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.SchemaImpl <em>Schema</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.SchemaImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getSchema()
		 * @generated
		 */
		EClass SCHEMA = eINSTANCE.getSchema();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEMA__NAME = eINSTANCE.getSchema_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEMA__VERSION = eINSTANCE.getSchema_Version();

		/**
		 * The meta object literal for the '<em><b>Type Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEMA__TYPE_NAMESPACE = eINSTANCE.getSchema_TypeNamespace();

		/**
		 * The meta object literal for the '<em><b>Tagsets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEMA__TAGSETS = eINSTANCE.getSchema_Tagsets();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEMA__LAYERS = eINSTANCE.getSchema_Layers();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.LayerImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__NAME = eINSTANCE.getLayer_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__DESCRIPTION = eINSTANCE.getLayer_Description();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__COLOR = eINSTANCE.getLayer_Color();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__FEATURES = eINSTANCE.getLayer_Features();

		/**
		 * The meta object literal for the '<em><b>Label Feature</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__LABEL_FEATURE = eINSTANCE.getLayer_LabelFeature();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.SpanLayerImpl <em>Span Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.SpanLayerImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getSpanLayer()
		 * @generated
		 */
		EClass SPAN_LAYER = eINSTANCE.getSpanLayer();

		/**
		 * The meta object literal for the '<em><b>Allow Overlap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN_LAYER__ALLOW_OVERLAP = eINSTANCE.getSpanLayer_AllowOverlap();

		/**
		 * The meta object literal for the '<em><b>Cross Sentence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPAN_LAYER__CROSS_SENTENCE = eINSTANCE.getSpanLayer_CrossSentence();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.RelationLayerImpl <em>Relation Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.RelationLayerImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getRelationLayer()
		 * @generated
		 */
		EClass RELATION_LAYER = eINSTANCE.getRelationLayer();

		/**
		 * The meta object literal for the '<em><b>From Layer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATION_LAYER__FROM_LAYER = eINSTANCE.getRelationLayer_FromLayer();

		/**
		 * The meta object literal for the '<em><b>To Layer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATION_LAYER__TO_LAYER = eINSTANCE.getRelationLayer_ToLayer();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.FeatureDefinitionImpl <em>Feature Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.FeatureDefinitionImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getFeatureDefinition()
		 * @generated
		 */
		EClass FEATURE_DEFINITION = eINSTANCE.getFeatureDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_DEFINITION__NAME = eINSTANCE.getFeatureDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_DEFINITION__DESCRIPTION = eINSTANCE.getFeatureDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_DEFINITION__KIND = eINSTANCE.getFeatureDefinition_Kind();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_DEFINITION__REQUIRED = eINSTANCE.getFeatureDefinition_Required();

		/**
		 * The meta object literal for the '<em><b>Tagset</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEATURE_DEFINITION__TAGSET = eINSTANCE.getFeatureDefinition_Tagset();

		/**
		 * The meta object literal for the '<em><b>Target Layer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEATURE_DEFINITION__TARGET_LAYER = eINSTANCE.getFeatureDefinition_TargetLayer();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.TagsetImpl <em>Tagset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.TagsetImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getTagset()
		 * @generated
		 */
		EClass TAGSET = eINSTANCE.getTagset();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAGSET__NAME = eINSTANCE.getTagset_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAGSET__DESCRIPTION = eINSTANCE.getTagset_Description();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAGSET__TAGS = eINSTANCE.getTagset_Tags();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.TagImpl <em>Tag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.TagImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getTag()
		 * @generated
		 */
		EClass TAG = eINSTANCE.getTag();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__NAME = eINSTANCE.getTag_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__DESCRIPTION = eINSTANCE.getTag_Description();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__COLOR = eINSTANCE.getTag_Color();

		/**
		 * The meta object literal for the '<em><b>Hot Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__HOT_KEY = eINSTANCE.getTag_HotKey();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.EntityImpl <em>Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.EntityImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getEntity()
		 * @generated
		 */
		EClass ENTITY = eINSTANCE.getEntity();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__ID = eINSTANCE.getEntity_Id();

		/**
		 * The meta object literal for the '<em><b>Canonical Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__CANONICAL_NAME = eINSTANCE.getEntity_CanonicalName();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__TYPE = eINSTANCE.getEntity_Type();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__ALIASES = eINSTANCE.getEntity_Aliases();

		/**
		 * The meta object literal for the '<em><b>Knowledge Base Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__KNOWLEDGE_BASE_ID = eINSTANCE.getEntity_KnowledgeBaseId();

		/**
		 * The meta object literal for the '<em><b>Merged Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__MERGED_IDS = eINSTANCE.getEntity_MergedIds();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.ClaimClusterImpl <em>Claim Cluster</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.ClaimClusterImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getClaimCluster()
		 * @generated
		 */
		EClass CLAIM_CLUSTER = eINSTANCE.getClaimCluster();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM_CLUSTER__ID = eINSTANCE.getClaimCluster_Id();

		/**
		 * The meta object literal for the '<em><b>Proposition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM_CLUSTER__PROPOSITION = eINSTANCE.getClaimCluster_Proposition();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM_CLUSTER__NOTE = eINSTANCE.getClaimCluster_Note();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.CurationRecordImpl <em>Curation Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.CurationRecordImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getCurationRecord()
		 * @generated
		 */
		EClass CURATION_RECORD = eINSTANCE.getCurationRecord();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURATION_RECORD__DOCUMENT = eINSTANCE.getCurationRecord_Document();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURATION_RECORD__REVIEWER = eINSTANCE.getCurationRecord_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Reviewer Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURATION_RECORD__REVIEWER_SINCE = eINSTANCE.getCurationRecord_ReviewerSince();

		/**
		 * The meta object literal for the '<em><b>Gold Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURATION_RECORD__GOLD_SHA256 = eINSTANCE.getCurationRecord_GoldSha256();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CURATION_RECORD__DECISIONS = eINSTANCE.getCurationRecord_Decisions();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURATION_RECORD__STATE = eINSTANCE.getCurationRecord_State();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.AnnotatorRecordImpl <em>Annotator Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.AnnotatorRecordImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getAnnotatorRecord()
		 * @generated
		 */
		EClass ANNOTATOR_RECORD = eINSTANCE.getAnnotatorRecord();

		/**
		 * The meta object literal for the '<em><b>Annotator</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATOR_RECORD__ANNOTATOR = eINSTANCE.getAnnotatorRecord_Annotator();

		/**
		 * The meta object literal for the '<em><b>Progress</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATOR_RECORD__PROGRESS = eINSTANCE.getAnnotatorRecord_Progress();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.DocumentProgressImpl <em>Document Progress</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.DocumentProgressImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getDocumentProgress()
		 * @generated
		 */
		EClass DOCUMENT_PROGRESS = eINSTANCE.getDocumentProgress();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_PROGRESS__DOCUMENT = eINSTANCE.getDocumentProgress_Document();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_PROGRESS__STATE = eINSTANCE.getDocumentProgress_State();

		/**
		 * The meta object literal for the '<em><b>Updated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_PROGRESS__UPDATED = eINSTANCE.getDocumentProgress_Updated();

		/**
		 * The meta object literal for the '{@link org.attest.model.impl.GoldDecisionImpl <em>Gold Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.impl.GoldDecisionImpl
		 * @see org.attest.model.impl.CorpusPackageImpl#getGoldDecision()
		 * @generated
		 */
		EClass GOLD_DECISION = eINSTANCE.getGoldDecision();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOLD_DECISION__LAYER = eINSTANCE.getGoldDecision_Layer();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOLD_DECISION__BEGIN = eINSTANCE.getGoldDecision_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOLD_DECISION__END = eINSTANCE.getGoldDecision_End();

		/**
		 * The meta object literal for the '<em><b>To Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOLD_DECISION__TO_BEGIN = eINSTANCE.getGoldDecision_ToBegin();

		/**
		 * The meta object literal for the '<em><b>To End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOLD_DECISION__TO_END = eINSTANCE.getGoldDecision_ToEnd();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOLD_DECISION__VERDICT = eINSTANCE.getGoldDecision_Verdict();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOLD_DECISION__VALUE = eINSTANCE.getGoldDecision_Value();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOLD_DECISION__ORIGIN = eINSTANCE.getGoldDecision_Origin();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOLD_DECISION__RULE = eINSTANCE.getGoldDecision_Rule();

		/**
		 * The meta object literal for the '<em><b>Supporters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOLD_DECISION__SUPPORTERS = eINSTANCE.getGoldDecision_Supporters();

		/**
		 * The meta object literal for the '<em><b>Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOLD_DECISION__BASIS = eINSTANCE.getGoldDecision_Basis();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOLD_DECISION__REVIEWER = eINSTANCE.getGoldDecision_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOLD_DECISION__TIME = eINSTANCE.getGoldDecision_Time();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOLD_DECISION__COMMENT = eINSTANCE.getGoldDecision_Comment();

		/**
		 * The meta object literal for the '{@link org.attest.model.DocumentState <em>Document State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.DocumentState
		 * @see org.attest.model.impl.CorpusPackageImpl#getDocumentState()
		 * @generated
		 */
		EEnum DOCUMENT_STATE = eINSTANCE.getDocumentState();

		/**
		 * The meta object literal for the '{@link org.attest.model.GoldState <em>Gold State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.GoldState
		 * @see org.attest.model.impl.CorpusPackageImpl#getGoldState()
		 * @generated
		 */
		EEnum GOLD_STATE = eINSTANCE.getGoldState();

		/**
		 * The meta object literal for the '{@link org.attest.model.FeatureKind <em>Feature Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.FeatureKind
		 * @see org.attest.model.impl.CorpusPackageImpl#getFeatureKind()
		 * @generated
		 */
		EEnum FEATURE_KIND = eINSTANCE.getFeatureKind();

		/**
		 * The meta object literal for the '{@link org.attest.model.DecisionOrigin <em>Decision Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.DecisionOrigin
		 * @see org.attest.model.impl.CorpusPackageImpl#getDecisionOrigin()
		 * @generated
		 */
		EEnum DECISION_ORIGIN = eINSTANCE.getDecisionOrigin();

		/**
		 * The meta object literal for the '{@link org.attest.model.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.attest.model.Verdict
		 * @see org.attest.model.impl.CorpusPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

	}

} //CorpusPackage
