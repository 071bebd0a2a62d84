// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

static void initSyntaxResources()
{
    Q_INIT_RESOURCE(mailflow_syntax);
}

namespace Mailflow::Workbench {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository *repository = [] {
        initSyntaxResources();
        auto *r = new KSyntaxHighlighting::Repository;
        r->addCustomSearchPath(syntaxSearchPath());
        return r;
    }();
    return *repository;
}

} // namespace Mailflow::Workbench
