"""Importing a certification decision from a spreadsheet (CSV or XLSX).

columns.py    the columns and the header names each accepts
reader.py     an uploaded file as rows of cells, whatever it holds
values.py     reading a cell: dates, stars, scores, kinds
register.py   the provinces, groups, producers and products rows are matched against
validation.py every row checked; the plan of what the import will do (plan.py)
writer.py     the plan carried out, in one transaction
views.py      the admin's upload, preview and confirm (wagtail_hooks.py registers them)
sample.py     the sample decision in samples/, as CSV and XLSX

`manage.py import_decision FILE [--dry-run]` does the same from a shell.
"""
