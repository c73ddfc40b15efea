"""Attribution: who said each quote, as a full name with role and kind, through pronouns and short names."""
