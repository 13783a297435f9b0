package org.outreachtracker.savedview;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedViewRepository extends JpaRepository<SavedView, SavedView.Key> {}
