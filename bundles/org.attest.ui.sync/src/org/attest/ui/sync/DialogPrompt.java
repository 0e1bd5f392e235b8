package org.attest.ui.sync;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/** Asks for credentials in dialogs on the UI thread, from whichever thread a transfer needs them. */
final class DialogPrompt implements SecureCredentials.Prompt {

    @Override
    public Optional<String[]> login(URIish uri, String user) {
        AtomicReference<String[]> answer = new AtomicReference<>();
        ui(shell -> {
            LoginDialog dialog = new LoginDialog(shell, uri.setUser(null).setPass(null).toString(), user);
            if (dialog.open() == Window.OK) {
                answer.set(new String[]{dialog.user, dialog.password});
            }
        });
        return Optional.ofNullable(answer.get());
    }

    @Override
    public Optional<String> ask(URIish uri, String question, boolean secret) {
        AtomicReference<String> answer = new AtomicReference<>();
        ui(shell -> {
            InputDialog dialog = new InputDialog(shell, "Attest: " + uri.getHost(), question, "", null) {

                @Override
                protected int getInputTextStyle() {
                    return secret ? SWT.SINGLE | SWT.BORDER | SWT.PASSWORD : super.getInputTextStyle();
                }
            };
            if (dialog.open() == Window.OK) {
                answer.set(dialog.getValue());
            }
        });
        return Optional.ofNullable(answer.get());
    }

    @Override
    public boolean confirm(URIish uri, String question) {
        AtomicReference<Boolean> answer = new AtomicReference<>(false);
        ui(shell -> answer.set(MessageDialog.openQuestion(shell, "Attest: " + uri.getHost(), question)));
        return answer.get();
    }

    private static void ui(java.util.function.Consumer<Shell> action) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> action.accept(display.getActiveShell()));
    }

    /** A user name and a password or token for one remote. */
    private static final class LoginDialog extends Dialog {

        private final String remote;
        private String user;
        private String password;
        private Text userText;
        private Text passwordText;

        LoginDialog(Shell shell, String remote, String user) {
            super(shell);
            this.remote = remote;
            this.user = user;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText("Log in to " + remote);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(2, false));
            Label note = new Label(area, SWT.WRAP);
            note.setText(
                    "The login is kept in Eclipse secure storage, encrypted; use an access token where your Git server offers one.");
            note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
            new Label(area, SWT.NONE).setText("&User:");
            userText = new Text(area, SWT.BORDER);
            userText.setText(user == null ? "" : user);
            userText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            new Label(area, SWT.NONE).setText("&Password or token:");
            passwordText = new Text(area, SWT.BORDER | SWT.PASSWORD);
            passwordText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            return area;
        }

        @Override
        protected void okPressed() {
            user = userText.getText().trim();
            password = passwordText.getText();
            super.okPressed();
        }
    }
}
