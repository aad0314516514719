import { NativeSelect, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { KeyboardEvent, RefObject } from 'react';
import classes from './LibraryPage.module.css';
import {
  isLibrarySort,
  librarySorts,
  sortLabels,
  type LibrarySort,
} from './library-sort';

/** "52 exercises", "1 exercise", "No exercises". */
export function exerciseCount(count: number): string {
  if (count === 0) return 'No exercises';
  return count === 1 ? '1 exercise' : `${count} exercises`;
}

interface LibraryToolbarProps {
  query: string;
  onQueryChange: (query: string) => void;
  onSearchKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** The order in force (relevance only while a query is typed). */
  sort: LibrarySort;
  onSortChange: (sort: LibrarySort) => void;
  /** How many exercises are listed; null while the library loads. */
  count: number | null;
  autoFocus: boolean;
}

/** The page's title, the search box, the order and the result count. */
export function LibraryToolbar({
  query,
  onQueryChange,
  onSearchKeyDown,
  searchRef,
  sort,
  onSortChange,
  count,
  autoFocus,
}: LibraryToolbarProps) {
  const searching = query.trim() !== '';
  return (
    <div className={classes.toolbar}>
      <Title order={1} size="h3" id="library-title" className={classes.title}>
        Exercise library
      </Title>
      <TextInput
        ref={searchRef}
        type="search"
        aria-label="Search exercises"
        placeholder="Search by name, description or instruction"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={query}
        onChange={(event) => {
          onQueryChange(event.currentTarget.value);
        }}
        onKeyDown={onSearchKeyDown}
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
        className={classes.search}
      />
      <NativeSelect
        label="Sort by"
        value={sort}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (isLibrarySort(chosen)) onSortChange(chosen);
        }}
        data={librarySorts.map((value) => ({
          value,
          label: sortLabels[value],
          disabled: value === 'relevance' && !searching,
        }))}
        className={classes.sort}
      />
      <Text role="status" size="sm" c="dimmed" className={classes.count}>
        {count === null ? '' : exerciseCount(count)}
      </Text>
    </div>
  );
}
