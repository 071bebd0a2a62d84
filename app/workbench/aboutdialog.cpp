// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "common/versioninfo.h"

#include <ksyntaxhighlighting_version.h>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Mailflow::Workbench {

QString AboutDialog::versionText()
{
    return Mailflow::versionInfo().toText()
        + u"KSyntaxHighlighting " + QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING) + u'\n';
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Mailflow Workbench"));
    auto *heading = new QLabel(u"<h2>" + Mailflow::versionInfo().productName + u"</h2><p>"
                                   + tr("Finds out why mail between your servers and Exchange Online fails "
                                        "or falls back to plaintext because TLS versions or cipher suites "
                                        "cannot be agreed on.")
                                   + u"</p>",
                               this);
    heading->setWordWrap(true);
    auto *versions = new QLabel(versionText().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")), this);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    versions->setObjectName(QStringLiteral("versions"));
    versions->setAccessibleName(tr("Versions"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(versionText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(versions);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace Mailflow::Workbench
