import type { Category } from '../../engine/index.ts';

const names: Record<Category, string> = {
  model: 'Model',
  data: 'Data',
  productionization: 'Production',
  mlops: 'MLOps',
  management: 'Management',
};

/**
 * A task's category. Everything but `model` is the hidden work plans forget (DESIGN §2), so
 * those are set apart with a "hidden" mark.
 */
export function CategoryTag({ category }: { category: Category }) {
  return (
    <span className={`category category-${category}`}>
      {names[category]}
      {category === 'model' ? (
        <span className="category-kind"> visible</span>
      ) : (
        <span className="category-kind category-hidden"> hidden</span>
      )}
    </span>
  );
}
