/**
 * The workbench's colours: the schema's layer and tag colours and the workbench's own, each made once per display
 * through JFace's shared resources and released with the widget that asked for it; a schema colour that is not a
 * colour is logged and drawn grey.
 *
 * <p>Part of {@code org.attest.ui}; used by the editors and views of every {@code org.attest.ui.*} bundle.
 */
package org.attest.ui.colors;
