// @name allies
// @description Actors on ACTOR's side: net positive over allyOf ties, stances and the sign of the Goldstein score of events between them, each with its evidence count.
// @arg actor actor required the actor
// @flag limit int 100 at most this many rows (0: all)
// @columns counterpart net evidence_n ally support oppose coop conflict goldstein_mean articles
// @evidence sentences
// @subgraph

aligned(1).forEach(emit);
