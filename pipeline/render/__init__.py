"""Documents made from extracted letters: assignment tables (XLSX, DOCX, HTML, CSV,
Markdown), draft assignment letters and follow-up letters (DOCX, HTML) in the form of
Decree 30/2020/NĐ-CP. Python builds what is said (view models of plain data); the
templates in templates/ only lay it out, so an office can restyle them freely."""
