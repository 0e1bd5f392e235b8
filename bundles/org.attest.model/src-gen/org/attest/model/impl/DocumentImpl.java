/**
 */
package org.attest.model.impl;

import java.util.Collection;
import java.util.Date;

import org.attest.model.AnnotationState;
import org.attest.model.CorpusPackage;
import org.attest.model.Document;
import org.attest.model.GoldState;
import org.attest.model.MetadataEntry;

import org.attest.model.notify.TreeObject;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getOutlet <em>Outlet</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getOriginalLanguage <em>Original Language</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getPublicationDate <em>Publication Date</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getSourceFileName <em>Source File Name</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getTextSha256 <em>Text Sha256</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getTextLength <em>Text Length</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getImported <em>Imported</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getStates <em>States</em>}</li>
 *   <li>{@link org.attest.model.impl.DocumentImpl#getGoldState <em>Gold State</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentImpl extends TreeObject implements Document {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutlet() <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutlet()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTLET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutlet() <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutlet()
	 * @generated
	 * @ordered
	 */
	protected String outlet = OUTLET_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginalLanguage() <em>Original Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalLanguage() <em>Original Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalLanguage()
	 * @generated
	 * @ordered
	 */
	protected String originalLanguage = ORIGINAL_LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublicationDate() <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicationDate()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLICATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicationDate() <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicationDate()
	 * @generated
	 * @ordered
	 */
	protected String publicationDate = PUBLICATION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceFileName() <em>Source File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFileName()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FILE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFileName() <em>Source File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFileName()
	 * @generated
	 * @ordered
	 */
	protected String sourceFileName = SOURCE_FILE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextSha256() <em>Text Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextSha256() <em>Text Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextSha256()
	 * @generated
	 * @ordered
	 */
	protected String textSha256 = TEXT_SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextLength() <em>Text Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextLength()
	 * @generated
	 * @ordered
	 */
	protected static final int TEXT_LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTextLength() <em>Text Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextLength()
	 * @generated
	 * @ordered
	 */
	protected int textLength = TEXT_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getImported() <em>Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImported()
	 * @generated
	 * @ordered
	 */
	protected static final Date IMPORTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImported() <em>Imported</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImported()
	 * @generated
	 * @ordered
	 */
	protected Date imported = IMPORTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetadata() <em>Metadata</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadata()
	 * @generated
	 * @ordered
	 */
	protected EList<MetadataEntry> metadata;

	/**
	 * The cached value of the '{@link #getStates() <em>States</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStates()
	 * @generated
	 * @ordered
	 */
	protected EList<AnnotationState> states;

	/**
	 * The default value of the '{@link #getGoldState() <em>Gold State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoldState()
	 * @generated
	 * @ordered
	 */
	protected static final GoldState GOLD_STATE_EDEFAULT = GoldState.NONE;

	/**
	 * The cached value of the '{@link #getGoldState() <em>Gold State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoldState()
	 * @generated
	 * @ordered
	 */
	protected GoldState goldState = GOLD_STATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutlet() {
		return outlet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutlet(String newOutlet) {
		String oldOutlet = outlet;
		outlet = newOutlet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__OUTLET, oldOutlet, outlet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginalLanguage() {
		return originalLanguage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalLanguage(String newOriginalLanguage) {
		String oldOriginalLanguage = originalLanguage;
		originalLanguage = newOriginalLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__ORIGINAL_LANGUAGE, oldOriginalLanguage, originalLanguage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublicationDate() {
		return publicationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicationDate(String newPublicationDate) {
		String oldPublicationDate = publicationDate;
		publicationDate = newPublicationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__PUBLICATION_DATE, oldPublicationDate, publicationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFileName() {
		return sourceFileName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFileName(String newSourceFileName) {
		String oldSourceFileName = sourceFileName;
		sourceFileName = newSourceFileName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__SOURCE_FILE_NAME, oldSourceFileName, sourceFileName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextSha256() {
		return textSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextSha256(String newTextSha256) {
		String oldTextSha256 = textSha256;
		textSha256 = newTextSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__TEXT_SHA256, oldTextSha256, textSha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTextLength() {
		return textLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextLength(int newTextLength) {
		int oldTextLength = textLength;
		textLength = newTextLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__TEXT_LENGTH, oldTextLength, textLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getImported() {
		return imported;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImported(Date newImported) {
		Date oldImported = imported;
		imported = newImported;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__IMPORTED, oldImported, imported));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetadataEntry> getMetadata() {
		if (metadata == null) {
			metadata = new EObjectContainmentEList<MetadataEntry>(MetadataEntry.class, this, CorpusPackage.DOCUMENT__METADATA);
		}
		return metadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnnotationState> getStates() {
		if (states == null) {
			states = new EObjectContainmentEList<AnnotationState>(AnnotationState.class, this, CorpusPackage.DOCUMENT__STATES);
		}
		return states;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoldState getGoldState() {
		return goldState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoldState(GoldState newGoldState) {
		GoldState oldGoldState = goldState;
		goldState = newGoldState == null ? GOLD_STATE_EDEFAULT : newGoldState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.DOCUMENT__GOLD_STATE, oldGoldState, goldState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorpusPackage.DOCUMENT__METADATA:
				return ((InternalEList<?>)getMetadata()).basicRemove(otherEnd, msgs);
			case CorpusPackage.DOCUMENT__STATES:
				return ((InternalEList<?>)getStates()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorpusPackage.DOCUMENT__ID:
				return getId();
			case CorpusPackage.DOCUMENT__TITLE:
				return getTitle();
			case CorpusPackage.DOCUMENT__OUTLET:
				return getOutlet();
			case CorpusPackage.DOCUMENT__LANGUAGE:
				return getLanguage();
			case CorpusPackage.DOCUMENT__ORIGINAL_LANGUAGE:
				return getOriginalLanguage();
			case CorpusPackage.DOCUMENT__PUBLICATION_DATE:
				return getPublicationDate();
			case CorpusPackage.DOCUMENT__SOURCE_FILE_NAME:
				return getSourceFileName();
			case CorpusPackage.DOCUMENT__TEXT_SHA256:
				return getTextSha256();
			case CorpusPackage.DOCUMENT__TEXT_LENGTH:
				return getTextLength();
			case CorpusPackage.DOCUMENT__IMPORTED:
				return getImported();
			case CorpusPackage.DOCUMENT__METADATA:
				return getMetadata();
			case CorpusPackage.DOCUMENT__STATES:
				return getStates();
			case CorpusPackage.DOCUMENT__GOLD_STATE:
				return getGoldState();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CorpusPackage.DOCUMENT__ID:
				setId((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__TITLE:
				setTitle((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__OUTLET:
				setOutlet((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__ORIGINAL_LANGUAGE:
				setOriginalLanguage((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__PUBLICATION_DATE:
				setPublicationDate((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__SOURCE_FILE_NAME:
				setSourceFileName((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__TEXT_SHA256:
				setTextSha256((String)newValue);
				return;
			case CorpusPackage.DOCUMENT__TEXT_LENGTH:
				setTextLength((Integer)newValue);
				return;
			case CorpusPackage.DOCUMENT__IMPORTED:
				setImported((Date)newValue);
				return;
			case CorpusPackage.DOCUMENT__METADATA:
				getMetadata().clear();
				getMetadata().addAll((Collection<? extends MetadataEntry>)newValue);
				return;
			case CorpusPackage.DOCUMENT__STATES:
				getStates().clear();
				getStates().addAll((Collection<? extends AnnotationState>)newValue);
				return;
			case CorpusPackage.DOCUMENT__GOLD_STATE:
				setGoldState((GoldState)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CorpusPackage.DOCUMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__OUTLET:
				setOutlet(OUTLET_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__ORIGINAL_LANGUAGE:
				setOriginalLanguage(ORIGINAL_LANGUAGE_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__PUBLICATION_DATE:
				setPublicationDate(PUBLICATION_DATE_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__SOURCE_FILE_NAME:
				setSourceFileName(SOURCE_FILE_NAME_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__TEXT_SHA256:
				setTextSha256(TEXT_SHA256_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__TEXT_LENGTH:
				setTextLength(TEXT_LENGTH_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__IMPORTED:
				setImported(IMPORTED_EDEFAULT);
				return;
			case CorpusPackage.DOCUMENT__METADATA:
				getMetadata().clear();
				return;
			case CorpusPackage.DOCUMENT__STATES:
				getStates().clear();
				return;
			case CorpusPackage.DOCUMENT__GOLD_STATE:
				setGoldState(GOLD_STATE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CorpusPackage.DOCUMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CorpusPackage.DOCUMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CorpusPackage.DOCUMENT__OUTLET:
				return OUTLET_EDEFAULT == null ? outlet != null : !OUTLET_EDEFAULT.equals(outlet);
			case CorpusPackage.DOCUMENT__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case CorpusPackage.DOCUMENT__ORIGINAL_LANGUAGE:
				return ORIGINAL_LANGUAGE_EDEFAULT == null ? originalLanguage != null : !ORIGINAL_LANGUAGE_EDEFAULT.equals(originalLanguage);
			case CorpusPackage.DOCUMENT__PUBLICATION_DATE:
				return PUBLICATION_DATE_EDEFAULT == null ? publicationDate != null : !PUBLICATION_DATE_EDEFAULT.equals(publicationDate);
			case CorpusPackage.DOCUMENT__SOURCE_FILE_NAME:
				return SOURCE_FILE_NAME_EDEFAULT == null ? sourceFileName != null : !SOURCE_FILE_NAME_EDEFAULT.equals(sourceFileName);
			case CorpusPackage.DOCUMENT__TEXT_SHA256:
				return TEXT_SHA256_EDEFAULT == null ? textSha256 != null : !TEXT_SHA256_EDEFAULT.equals(textSha256);
			case CorpusPackage.DOCUMENT__TEXT_LENGTH:
				return textLength != TEXT_LENGTH_EDEFAULT;
			case CorpusPackage.DOCUMENT__IMPORTED:
				return IMPORTED_EDEFAULT == null ? imported != null : !IMPORTED_EDEFAULT.equals(imported);
			case CorpusPackage.DOCUMENT__METADATA:
				return metadata != null && !metadata.isEmpty();
			case CorpusPackage.DOCUMENT__STATES:
				return states != null && !states.isEmpty();
			case CorpusPackage.DOCUMENT__GOLD_STATE:
				return goldState != GOLD_STATE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", outlet: ");
		result.append(outlet);
		result.append(", language: ");
		result.append(language);
		result.append(", originalLanguage: ");
		result.append(originalLanguage);
		result.append(", publicationDate: ");
		result.append(publicationDate);
		result.append(", sourceFileName: ");
		result.append(sourceFileName);
		result.append(", textSha256: ");
		result.append(textSha256);
		result.append(", textLength: ");
		result.append(textLength);
		result.append(", imported: ");
		result.append(imported);
		result.append(", goldState: ");
		result.append(goldState);
		result.append(')');
		return result.toString();
	}

} //DocumentImpl
