// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptyview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Mailflow::Workbench {

EmptyView::EmptyView(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_description(new QLabel(description, this))
{
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignCenter);
    m_description->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addStretch();
    setAccessibleName(title);
}

QString EmptyView::title() const
{
    return m_title->text();
}

} // namespace Mailflow::Workbench
