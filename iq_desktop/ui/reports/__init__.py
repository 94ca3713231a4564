"""The Berichte dialog: Excel overview, Word Sachstandsbericht and calendar from the window."""
