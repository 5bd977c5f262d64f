#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QPlainTextEdit;
class QTableView;

namespace faultless::model {
class CategoryModel;
class EvidenceModel;
class FactorModel;
class ReviewDocument;
} // namespace faultless::model

namespace faultless::views {

class EventSelection;

// Contributing factors: the set (sorted by category, then title), one factor's editor with its
// evidence, and the actions add, delete, merge, cite the current event. Events dropped on the
// evidence list (from the timeline or the event table) are cited as evidence.
class FactorsPanel : public QWidget
{
    Q_OBJECT
public:
    FactorsPanel(model::ReviewDocument &document, EventSelection &selection, QWidget *parent = nullptr);

    qint64 currentFactor() const { return m_current; }
    void setCurrentFactor(qint64 factorId);
    void addFactor();
    void deleteFactor();
    void mergeSelected();
    void citeCurrentEvent();
    model::FactorModel *factorModel() const { return m_factors; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Construction steps, in the order the constructor runs them.
    void setUpFactorList();
    QHBoxLayout *createListFooter();
    QHBoxLayout *setUpEditorFields();
    void layOutEditor(QHBoxLayout *evidenceButtons);
    void layOutPanel(QHBoxLayout *listButtons);
    void setTabOrders();
    void createActions();
    void connectButtons();
    void connectEditors();

    void retranslateUi();
    void showFactor(qint64 factorId);
    void showAuthor(const QString &author);
    void restoreSelection();
    void fillCategories();
    void fitCategoryColumn();

    model::ReviewDocument &m_document;
    EventSelection &m_selection;
    model::FactorModel *m_factors;
    model::CategoryModel *m_categories;
    model::EvidenceModel *m_evidence;
    QTableView *m_list;
    QLineEdit *m_title;
    QComboBox *m_category;
    QPlainTextEdit *m_description;
    QTableView *m_evidenceView;
    QWidget *m_editor;
    QFormLayout *m_form;
    QLabel *m_note;
    QLabel *m_addedBy; // who wrote the current factor, under its title
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_merge;
    QPushButton *m_cite;
    QPushButton *m_uncite;
    QAction *m_citeAction;
    QAction *m_deleteAction;
    qint64 m_current = 0;
    bool m_updating = false;
};

} // namespace faultless::views
