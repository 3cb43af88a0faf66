import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Which of `names` are selected anywhere below the field `info` resolves (fragments included, whatever
 * their type). A list loader asks so that it joins the children a request will read into its one
 * statement, and loads nothing it will not (issue 12, part 3: at most two statements per fetch). It may
 * answer yes for a field of another type of the same name; that costs a join, never a wrong answer.
 */
export function selectedBelow<const Name extends string>(info: GraphQLResolveInfo, names: readonly Name[]): Set<Name> {
  const wanted = new Set<string>(names);
  const found = new Set<Name>();
  const seen = new Set<SelectionSetNode>();
  const walk = (set: SelectionSetNode | undefined) => {
    if (!set || seen.has(set)) return;
    seen.add(set);
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (wanted.has(selection.name.value)) found.add(selection.name.value as Name);
        walk(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else {
        const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
        walk(fragment?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return found;
}
