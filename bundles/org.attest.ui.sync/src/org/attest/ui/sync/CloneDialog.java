package org.attest.ui.sync;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** File > Clone Corpus...: the team's remote, the folder for the copy, and who works in it. */
final class CloneDialog extends TitleAreaDialog {

    Text url;
    Text folder;
    Text user;
    private String urlValue;
    private Path folderValue;
    private String userValue;
    private final String defaultUser;

    CloneDialog(Shell shell, String defaultUser) {
        super(shell);
        this.defaultUser = defaultUser;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Clone Corpus");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Clone a team's corpus");
        setMessage(
                "Make a copy on this machine to annotate or curate in, offline if you like; Team > Synchronize exchanges the work.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        url = field(form, "&Remote:", "", "https://…, ssh://…, git://… or a folder on a shared drive");
        new Label(form, SWT.NONE);
        folder = field(form, "&Folder:", "", "a new or empty folder");
        Button browse = new Button(form, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> {
            String chosen = new DirectoryDialog(getShell()).open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        user = field(form, "&Your name:", defaultUser, "as annotator or reviewer; your commits carry it");
        new Label(form, SWT.NONE);
        url.addModifyListener(e -> suggestFolder());
        return area;
    }

    private Text field(Composite form, String label, String value, String hint) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER);
        text.setText(value);
        text.setMessage(hint);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 420;
        text.setLayoutData(data);
        return text;
    }

    // A folder named after the repository, beside the user's home, until the user picks one.
    private void suggestFolder() {
        String name = url.getText().replaceAll("/+$", "").replaceAll(".*[/:]", "").replaceAll("\\.git$", "");
        if (!name.isBlank() && (folder.getText().isBlank() || folder.getData() != null)) {
            folder.setText(Path.of(System.getProperty("user.home"), "attest", name).toString());
            folder.setData(Boolean.TRUE);
        }
    }

    @Override
    protected void okPressed() {
        if (url.getText().isBlank() || folder.getText().isBlank() || user.getText().isBlank()) {
            setErrorMessage("Give the remote, a folder and your name.");
            return;
        }
        urlValue = url.getText().trim();
        folderValue = Path.of(folder.getText().trim());
        userValue = user.getText().trim();
        super.okPressed();
    }

    String url() {
        return urlValue;
    }

    Path folder() {
        return folderValue;
    }

    String user() {
        return userValue;
    }
}
