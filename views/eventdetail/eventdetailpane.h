#pragma once

#include "search/sourceexcerpt.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QLayout;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTimeZone;
class QToolButton;

namespace faultless::model {
class AnnotationListModel;
class ReviewDocument;
struct EventDetails;
} // namespace faultless::model

namespace faultless::views {

class EventSelection;

// Everything about the current event: full text, attributes, where it came from (with the raw
// lines of the source file), highlight and phase, tags and the annotation thread. Every edit goes
// through model::commands, so it is one undo step and the pane refreshes on undo and redo.
class EventDetailPane : public QWidget
{
    Q_OBJECT
public:
    EventDetailPane(model::ReviewDocument &document, EventSelection &selection, QWidget *parent = nullptr);

    qint64 eventId() const { return m_eventId; }
    model::AnnotationListModel *annotationModel() const { return m_annotations; }
    QPlainTextEdit *annotationEditor() const { return m_annotationEdit; }
    // Actions of the pane's buttons, callable from tests.
    qint64 addAnnotation(); // from the editor's text; returns the new id or 0
    bool updateAnnotation(); // the selected annotation gets the editor's text
    bool deleteAnnotation(); // the selected annotation
    bool addTag(const QString &tag);
    void showInSource();
    // The raw lines around a record in the file it was imported from (or the archive entry it was
    // read out of), the record's line marked; also what the event context menu's Show in Source
    // opens.
    static void showSource(QWidget *parent, const model::SourceExcerpt::Origin &origin);
    // The same dialog built but not shown (deleted with `parent`): tests look at it.
    static QDialog *sourceDialog(QWidget *parent, const model::SourceExcerpt::Origin &origin);

private:
    // Construction steps, in the order the constructor runs them.
    void setUpEventFields();
    void setUpAnnotationEditor();
    void setUpAttributesToggle();
    QWidget *createContent();
    void layOutPane(QWidget *content);
    void connectEditors();
    void connectSelectionAndDocument();

    void refresh();
    static QString flagLines(const model::EventDetails &details, const QTimeZone &zone);
    void setEnabledAll(bool enabled);
    QLayout *annotationRows(QWidget *parent);

    model::ReviewDocument &m_document;
    EventSelection &m_selection;
    qint64 m_eventId = 0;
    model::SourceExcerpt::Origin m_recordOrigin;
    bool m_updating = false;

    QLabel *m_header;
    QWidget *m_body = nullptr; // all but m_header: hidden without a current event
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_attributes;
    QToolButton *m_attributesToggle; // the raw attributes are folded until asked for
    QLabel *m_origin;
    QPushButton *m_showSource;
    QCheckBox *m_highlight;
    QComboBox *m_phase;
    QLabel *m_tags;
    QLineEdit *m_tagEdit;
    QListView *m_annotationView;
    model::AnnotationListModel *m_annotations;
    QPlainTextEdit *m_annotationEdit;
    QPushButton *m_addAnnotation;
    QPushButton *m_updateAnnotation;
    QPushButton *m_deleteAnnotation;
};

} // namespace faultless::views
