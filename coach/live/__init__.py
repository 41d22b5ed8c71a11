"""Running a conversation: the service the live screen and the CLI share.

Plain Python over the Store API and the domain (no Textual): starting or resuming a
conversation, the preparation view's facts, capturing entries, the clock, suggested
questions, ending, the summary and its Markdown export.
"""
