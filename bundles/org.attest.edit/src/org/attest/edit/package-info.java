/**
 * Headless editing of an annotator's CAS: every change is an {@link org.attest.edit.EditCommand} made by
 * {@link org.attest.edit.AnnotationEditing} (create, delete, set a feature, relate, link), executed once and then
 * undone and redone any number of times, restoring exactly the previous state. The workbench wraps each command in a
 * workbench operation; headless code and tests use {@link org.attest.edit.CommandStack}. Commands validate before
 * they change anything and report invalid input as IllegalArgumentException with a message for the user.
 * {@link org.attest.edit.TokenSnapper} and {@link org.attest.edit.AnnotationNavigator} turn mouse and keyboard
 * input into spans; {@link org.attest.edit.DocumentWorkflow} says whether a document may be edited and why not.
 */
package org.attest.edit;
