#pragma once
// Filters the catalog by the search box: a function matches when every word of the search text
// occurs (case-insensitively) in its id, name, description or category; a category shows while
// any of its functions matches. GUI thread only.

#include <QSortFilterProxyModel>
#include <QStringList>

namespace croupier::models {

class CatalogFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CatalogFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_words.join(' '); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace croupier::models
